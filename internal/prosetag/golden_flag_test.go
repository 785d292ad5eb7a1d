package prosetag_test

// Registers -update, so that "go test ./... -update" runs in every package.
import _ "github.com/newsfacts/newsfacts/internal/golden"
