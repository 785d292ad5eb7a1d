//go:build !race

package perceptron

const raceEnabled = false
