package analysis

import "unicode/utf8"

// RuneBoundary reports whether decoding text rune by rune visits offset i:
// every fact's offsets must. A stray continuation byte of invalid UTF-8
// decodes alone, so it is a boundary.
func RuneBoundary(text string, i int) bool {
	if i == 0 || i == len(text) || utf8.RuneStart(text[i]) {
		return true
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if utf8.RuneStart(text[j]) {
			_, size := utf8.DecodeRuneInString(text[j:])
			return size <= i-j
		}
	}
	return true
}
