package normalize

import "testing"

func TestQuick(t *testing.T) {
	s := "Chiều ngày 12/05, tại trụ sở Bộ, đồng chí Trương Minh Tuấn, Ủy viên Trung ương Đảng, Bộ trưởng Bộ TT&TT đã chủ trì buổi làm việc với Hiệp hội Internet Việt Nam."
	for _, b := range [][]byte{encodeTCVN3(s), encodeVNI(s), encodeVISCII(s), encodeCP1258(s)} {
		e, c := Detect(b)
		m := mojibake(b)
		e2, c2 := Detect([]byte(m))
		t.Logf("%v %.2f %v %.2f %q", e, c, e2, c2, m)
		t.Logf("%s\n%s", New().String(string(b)), New().String(m))
	}
}
