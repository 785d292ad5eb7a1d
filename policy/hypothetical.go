package policy

// Hypothetical measures: ideas that an article raises only to say that
// nobody has proposed them. Each test below reads the words around a
// candidate that its own clause does not negate.

// hypothetical reports whether the article takes c back or only floats it:
//
//   - "no such levy can be introduced": the phrase opens with "no";
//   - "… talked about ending the exemption, but no bill to repeal it has
//     been filed", "… should consider a cap …, but neither party has put
//     forward such a proposal": a later clause says none exists;
//   - "dismissed suggestions that the government could introduce a wealth
//     tax": an idea that an official waves away;
//   - "… as a constitutional amendment instead. No such amendment has been
//     introduced.": the next sentence says none exists.
func (r *resolver) hypothetical(c *cand) bool {
	s := c.s
	if s.low[c.a] == "no" && c.a+1 < len(s.toks) && !isCap(s.toks[c.a+1].Text) {
		return true // (not "No Child Left Behind")
	}
	if s.deniedAfter(c.b) || s.dismissedBefore(c.a) {
		return true
	}
	if n := s.idx + 1; n < len(r.sents) && r.sents[n] != nil {
		next := r.sents[n]
		if len(next.low) > 2 && next.low[0] == "no" && next.low[1] == "such" && headWord(next.low[2]) == headWord(s.low[c.head]) {
			return true
		}
	}
	return false
}

// deniedAfter reports whether a clause just after token b, opened by
// "but", says that no such measure exists: a negation followed shortly by
// "such" or by a proposal's head ("but no bill … has been filed").
func (s *sentence) deniedAfter(b int) bool {
	for k := b; k < len(s.toks) && k-b <= 12; k++ {
		if s.low[k] != "but" {
			continue
		}
		for j := k + 1; j < len(s.toks) && j-k <= 8; j++ {
			if !negators[s.low[j]] && s.low[j] != "neither" {
				continue
			}
			for m := j + 1; m < len(s.toks) && m-j <= 6; m++ {
				if s.low[m] == "such" || proposalHeads[s.low[m]] {
					return true
				}
			}
		}
	}
	return false
}

// dismissedBefore reports whether the phrase at a is the content of an idea
// that someone dismissed: "dismissed suggestions that … could introduce".
func (s *sentence) dismissedBefore(a int) bool {
	for k := a - 1; k >= 1 && a-k <= 12; k-- {
		v := k - 1
		if particles[s.low[v]] && v > 0 {
			v-- // "ruled out calls for …"
		}
		if ideaNouns[s.low[k]] && dismissVerbs[s.low[v]] {
			return true
		}
	}
	return false
}

// proposalHeads name a measure put forward, which a denial says is absent.
var proposalHeads = words("bill bills proposal proposals legislation motion amendment plan plans")

// ideaNouns and dismissVerbs: "dismissed suggestions that", "denied reports
// that", "ruled out calls for".
var (
	ideaNouns    = words("suggestions suggestion speculation reports report rumours rumors calls idea talk")
	dismissVerbs = words("dismissed dismisses dismissing denied denies rejected rejects ruled brushed played downplayed")
	particles    = words("out aside off down")
)
