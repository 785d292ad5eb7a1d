//go:build race

package perceptron

// The race detector slows prose's tagger tenfold; compare fewer articles.
const raceEnabled = true
