package normalize

import "testing"

func BenchmarkPartQuickScan(b *testing.B) {
	in := benchText(b)
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		_ = quickScan(in)
	}
}

func BenchmarkPartScan(b *testing.B) {
	in := benchText(b)
	n := New()
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		_, _ = n.unicode(in, false)
	}
}
