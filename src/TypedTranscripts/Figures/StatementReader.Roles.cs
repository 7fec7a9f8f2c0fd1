using System.Collections.Generic;

namespace TypedTranscripts.Figures
{
    /// <summary>What each number of a sentence is: a level, a change, a compared level, a revision, or something else.</summary>
    internal sealed partial class StatementReader
    {

        private void ReadRoles(SentenceTokens s)
        {
            _readings.Clear();
            for (int k = 0; k < s.Count; k++)
            {
                if (s[k].Kind != TokenKind.Number) continue;
                var n = s.NumberAt(k);
                if (n.IsYear || _periodTokens.Contains(k)) continue;
                var r = new Reading { Token = k, Mention = -1, Sign = 1, QualifierFirst = -1, Verb = -1 };
                ReadRole(s, ref r);
                if (_readings.Count > 0 && Adjacent(s, _readings[_readings.Count - 1].Token, k))
                {
                    var previous = _readings[_readings.Count - 1];
                    r.Chained = true;
                    // "headwinds of $30 million, $12 million and $8 million": a list shares its first number's role.
                    if (!r.OwnCue && r.Role == Role.Level && !PerShareAfterRateOfAmount(s, previous, k))
                    {
                        r.Role = previous.Role;
                        r.Sign = previous.Sign;
                    }
                }
                ReadAfter(s, ref r);
                _readings.Add(r);
            }
            // "revenue of $310 million, plus or minus $10 million": the second number is the first one's tolerance.
            for (int i = 1; i < _readings.Count; i++)
            {
                var r = _readings[i];
                int k = r.Token;
                if (k < 3 || !s[k - 1].IsWord(Cues.Minus) || !s[k - 2].IsWord(Cues.Or) || !s[k - 3].IsWord(Cues.Plus)) continue;
                var previous = _readings[i - 1];
                var kind = s.NumberAt(k).Kind;
                var previousKind = s.NumberAt(previous.Token).Kind;
                bool sameScale = kind == previousKind || kind == NumberKind.Points && previousKind == NumberKind.Percent;
                if (!sameScale || s.NumberAt(previous.Token).IsRange) continue;
                previous.Tolerance = s.NumberAt(k).Value;
                _readings[i - 1] = previous;
                r.Role = Role.Skip;
                _readings[i] = r;
            }
            SkipSupersededOutlook(s);
            // "fell 38 days from 44": a change followed by "from <number>" states two levels. A rate before a dollar amount
            // ("up 9% from $1.71 a year ago") is still the change, and the amount its compared level.
            for (int i = 0; i + 1 < _readings.Count; i++)
            {
                var r = _readings[i];
                var next = _readings[i + 1];
                bool rateFromAmount = s.NumberAt(r.Token).Kind == NumberKind.Percent
                    && s.NumberAt(next.Token).Kind is NumberKind.Money or NumberKind.PerShare;
                if (r.Role == Role.Change && next.Role == Role.Prior && next.Token - r.Token <= 4 && HasWordBetween(s, r.Token, next.Token, Cues.From) && !rateFromAmount)
                {
                    r.Role = Role.Level;
                    _readings[i] = r;
                }
            }
        }

        /// <summary>
        /// "Net income was $88 million, up 7%, or $0.91 per diluted share": an amount a share after the rate of an amount
        /// (net income, not earnings per share) is that amount's level per share, not its move; "EPS grew 7%, or $0.06 per
        /// share" and "net income rose $10 million, or $0.05 per share" still restate the move.
        /// </summary>
        private bool PerShareAfterRateOfAmount(SentenceTokens s, Reading previous, int k)
        {
            if (s.NumberAt(k).Kind != NumberKind.PerShare || previous.Role != Role.Change || s.NumberAt(previous.Token).Kind != NumberKind.Percent) return false;
            if (!s[k - 1].IsWord(Cues.Or)) return false;
            // "rose 7%, or $0.06 per share, to $0.91": the level follows, so this is the move.
            int after = k + 1;
            while (after < s.Count && s[after].Kind == TokenKind.Comma) after++;
            if (after < s.Count && s[after].IsWord(Cues.To)) return false;
            MetricFamily? family = null;
            foreach (var mention in _mentions)
            {
                if (mention.Last >= previous.Token) break;
                family = mention.Family;
            }
            return family is { Money: not null, PerShare: not null };
        }

        private static readonly HashSet<int> PreviouslyWords = Ids("previously", "prior", "before", "earlier");
        private static readonly int Compares = Vocabulary.Add("compares");

        /// <summary>
        /// "raising our EPS outlook to $3.10 to $3.20, from $3.00 to $3.15 previously", "raised to $900 million, from $850
        /// million": the outlook a revision replaces is no figure and no outlook. Only "from" marks it: "which compares with
        /// $2.95 in 2023" still states the prior year's level.
        /// </summary>
        private static readonly HashSet<int> OldOutlookWords = Ids("previous", "prior", "earlier", "original", "initial", "last", "february", "may", "august", "november");
        private static readonly HashSet<int> PlanNouns = Ids("plan", "plans");

        private static bool OutlookNounAt(SentenceTokens s, int k) =>
            s[k].Kind == TokenKind.Word && (s[k].Has(WordClass.OutlookNoun) || PlanNouns.Contains(s[k].Word));

        /// <summary>"from our earlier plan of", "from our prior guidance of", "from the original outlook of" ending at <paramref name="k"/> ("of").</summary>
        private static bool NamesOldOutlookBefore(SentenceTokens s, int k)
        {
            if (k < 2 || !s[k].IsWord(Cues.Of) || !OutlookNounAt(s, k - 1)) return false;
            for (int j = k - 2; j >= 0 && j >= k - 5; j--)
            {
                if (s[j].IsWord(Cues.From)) return true;
                if (s[j].Kind != TokenKind.Word) return false;
            }
            return false;
        }

        /// <summary>"in our prior outlook", "in our previous guidance", "in the original plan" starting at <paramref name="k"/>.</summary>
        private static bool NamesOldOutlookAfter(SentenceTokens s, int k)
        {
            if (k + 2 >= s.Count || !s[k].IsWord(Cues.In)) return false;
            bool old = false;
            for (int j = k + 1; j < s.Count && j <= k + 4; j++)
            {
                if (s[j].Kind != TokenKind.Word) return false;
                if (OldOutlookWords.Contains(s[j].Word)) old = true;
                else if (OutlookNounAt(s, j)) return old;
            }
            return false;
        }

        private void SkipSupersededOutlook(SentenceTokens s)
        {
            for (int i = 0; i < _readings.Count; i++)
            {
                var r = _readings[i];
                int before = (r.QualifierFirst >= 0 ? r.QualifierFirst : r.Token) - 1;
                // "up from our earlier plan of $250 million", "from our prior guidance of about 15%": the old outlook named before it
                bool named = NamesOldOutlookBefore(s, before);
                if (!named && (r.Role != Role.Prior || before < 0 || !s[before].IsWord(Cues.From))) continue;
                int end = r.Token;
                int partner = -1;
                // "from $3.00 to $3.15": the old range said as a move
                if (i + 1 < _readings.Count && _readings[i + 1].Token == r.Token + 2 && s[r.Token + 1].IsWord(Cues.To))
                {
                    partner = i + 1;
                    end = r.Token + 2;
                }
                bool previously = end + 1 < s.Count && s[end + 1].Kind == TokenKind.Word && PreviouslyWords.Contains(s[end + 1].Word);
                bool revised = RevisionBefore(r.Token) >= 0 && !(end + 1 < s.Count && _periodTokens.Contains(end + 1))
                    && !(end + 2 < s.Count && _periodTokens.Contains(end + 2));
                // "up from roughly 15% in our prior outlook", "compared with $80 million in our previous guidance"
                if (!named && !previously && !revised && !NamesOldOutlookAfter(s, end + 1)) continue;
                r.Role = Role.Skip;
                _readings[i] = r;
                if (partner >= 0)
                {
                    var p = _readings[partner];
                    p.Role = Role.Skip;
                    _readings[partner] = p;
                }
            }
        }

        private void ReadRole(SentenceTokens s, ref Reading r)
        {
            int k = r.Token - 1;
            // qualifiers: approximately, more than, up to, in excess of, at least
            while (k >= 0 && s[k].Kind == TokenKind.Word)
            {
                int w = s[k].Word;
                if (w == Cues.To && WordAt(s, k - 1) == Cues.Up)
                {
                    r.Bound = Bound.AtMost;
                    r.QualifierFirst = k - 1;
                    k -= 2;
                    continue;
                }
                bool qualifier = Vocabulary.Is(w, WordClass.Qualifier)
                    || (w == Cues.Than && Vocabulary.Is(WordAt(s, k - 1), WordClass.Qualifier))
                    || (w == Cues.Of && (WordAt(s, k - 1) == Excess || WordAt(s, k - 1) == North || WordAt(s, k - 1) == Upwards))
                    || (w == Cues.To && WordAt(s, k - 1) == Close)
                    || (w == Cues.At && WordAt(s, k + 1) == Cues.Least);
                if (!qualifier) break;
                if (AtLeastWords.Contains(w)) r.Bound = Bound.AtLeast;
                else if (AtMostWords.Contains(w)) r.Bound = Bound.AtMost;
                r.QualifierFirst = k;
                k--;
            }
            if (k >= 0 && (s[k].IsWord(Cues.Negative) || s[k].IsWord(Cues.Minus)))
            {
                r.Negative = true;
                k--;
            }
            // "compared to $0.07 and a loss of $0.04 per share": the earnings figure was a loss (not "an impairment loss of").
            else if (k >= 2 && s[k].IsWord(Cues.Of) && s[k - 1].IsWord(Loss) && (s[k - 2].IsWord(Cues.A) || s[k - 2].IsWord(Cues.An))) r.Negative = true;
            // fillers between a verb and its number: "increased by a solid $64 million"
            bool by = false;
            int skipped = 0;
            while (k >= 0 && skipped < 3 && s[k].Kind == TokenKind.Word && s[k].Has(WordClass.Filler) && !s[k].Has(WordClass.Rise) && !s[k].Has(WordClass.Fall))
            {
                by |= s[k].IsWord(Cues.By);
                k--;
                skipped++;
            }
            if (k < 0 || s[k].Kind != TokenKind.Word) return;
            int prev = s[k].Word;
            int sign = Cues.Sign(prev);
            if (sign != 0 && !s[k].IsWord(Cues.Higher) && !s[k].IsWord(Cues.Lower))
            {
                r.Role = Role.Change;
                r.Sign = sign;
                r.OwnCue = true;
                r.Verb = k;
                // "flat to up 1%", "flat to down 2%": a range whose other end is no change.
                r.FromFlat = k >= 2 && s[k - 1].IsWord(Cues.To) && s[k - 2].Kind == TokenKind.Word && FlatWords.Contains(s[k - 2].Word);
                return;
            }
            // "to increase sequentially by about $15 million", "to grow in the fourth quarter by $30 million", "to be higher by
            // $10 million": the amount after "by" is the size of a move, whatever is said between the verb and it.
            if (by && MoveVerbBefore(s, k) is var move && move >= 0)
            {
                r.Role = Role.Change;
                r.Sign = Cues.Sign(s[move].Word);
                r.OwnCue = true;
                r.Verb = move;
                return;
            }
            // "compared with $2.71", "which compares with $3.38 in fiscal 2023"
            if (prev == Cues.From || prev == Cues.Compared || Vocabulary.Is(prev, WordClass.Comparison) && prev != Cues.Over && prev != Cues.Than
                || ((prev == Cues.To || prev == Cues.With) && (WordAt(s, k - 1) == Cues.Compared || WordAt(s, k - 1) == Compares)))
            {
                r.Role = Role.Prior;
                r.OwnCue = true;
                return;
            }
            if (prev == Cues.Than)
            {
                r.Role = Role.Skip;
                r.OwnCue = true;
                return;
            }
            if (by && (Vocabulary.Is(prev, WordClass.OutlookNoun) || RevisionBefore(k) >= 0))
            {
                r.Role = Role.Revision;
                r.OwnCue = true;
                return;
            }
            if (prev == Cues.Of || prev == Cues.In)
            {
                int j = k - 1;
                // "growth rate as well of 15%", "growth in the range of 18% to 20%"
                while (j >= 0 && j >= k - 4 && s[j].Kind == TokenKind.Word && (s[j].IsWord(Cues.As) || s[j].Has(WordClass.Filler) || s[j].Has(WordClass.Qualifier) || s[j].IsWord(Rate) || _periodTokens.Contains(j)
                    || s[j].IsWord(RangeNoun) && j >= 2 && s[j - 1].IsWord(Cues.The) && s[j - 2].IsWord(Cues.In))
                    && !s[j].IsWord(Cues.Growth)) j -= s[j].IsWord(RangeNoun) ? 3 : 1;
                // "a reduction in adjusted EBITDA and attributable AFFO of $80 million"
                for (int mention = MentionEndingAt(j); mention >= 0; mention = MentionEndingAt(j))
                {
                    j = _mentions[mention].First - 1;
                    if (j >= 0 && (s[j].IsWord(Cues.And) || s[j].Kind == TokenKind.Comma)) j--;
                    else if (j >= 0 && s[j].IsWord(Cues.In))
                    {
                        j--;
                        break;
                    }
                }
                if (j >= 0 && s[j].Kind == TokenKind.Word)
                {
                    if (ChangeNouns.Contains(s[j].Word))
                    {
                        r.Role = Role.Change;
                        r.Sign = Cues.Sign(s[j].Word);
                        r.OwnCue = true;
                        return;
                    }
                    // "a non-cash impairment charge of $41 million", "integration costs of $17 million": a charge no metric names.
                    if (s[j].Has(WordClass.Effect) || ChargeNouns.Contains(s[j].Word) && MentionEndingAt(j) < 0)
                    {
                        r.Role = Role.Skip;
                        r.OwnCue = true;
                        return;
                    }
                }
            }
            if (s[k].Has(WordClass.Effect))
            {
                r.Role = Role.Skip;
                r.OwnCue = true;
                return;
            }
            if (s[k].Has(WordClass.Part)) r.Part = ContributeVerbs.Contains(prev) ? 2 : 1;
            if (prev == Cues.To || s[k].Has(WordClass.Level)) r.OwnCue = true;
        }

        /// <summary>
        /// The rise or fall word a "by" at <paramref name="k"/> + 1 goes with: the word right before it ("higher by"), or one
        /// before a period and its prepositions ("increase in the third quarter by", "grow sequentially by"); else -1.
        /// </summary>
        private int MoveVerbBefore(SentenceTokens s, int k)
        {
            for (int j = k; j >= 0 && j >= k - 6; j--)
            {
                var t = s[j];
                if (t.Kind != TokenKind.Word) return -1;
                if (Cues.Sign(t.Word) != 0) return j;
                if (!(_periodTokens.Contains(j) || t.IsWord(Cues.In) || t.IsWord(Cues.For) || t.IsWord(Cues.Over) || t.IsWord(Cues.The))) return -1;
            }
            return -1;
        }

        /// <summary>What follows the number: a counted noun, a bound, a change noun, an effect, a constant-currency rate.</summary>
        private void ReadAfter(SentenceTokens s, ref Reading r)
        {
            int k = r.Token + 1;
            var n = s.NumberAt(r.Token);
            if (n.Plus) r.Bound = Bound.AtLeast;
            if (k < s.Count && s[k].Kind == TokenKind.Word)
            {
                int noun = k + 1 < s.Count && s[k].Capital && Cues.CountUnitOf(s[k + 1].Word) is not null ? k + 1 : k;
                var countUnit = Cues.CountUnitOf(s[noun].Word);
                if (countUnit is { } unit && n.Kind == NumberKind.Plain)
                {
                    r.Unit = unit switch { CountUnit.Shares => QuantityUnit.Shares, CountUnit.Days => QuantityUnit.Days, _ => QuantityUnit.Count };
                    r.HasUnit = true;
                }
                // 25% or higher, 20% plus, or more
                if (s[k].IsWord(Cues.Plus)) r.Bound = Bound.AtLeast;
                if (s[k].IsWord(Cues.Or) && k + 1 < s.Count && s[k + 1].Kind == TokenKind.Word)
                {
                    int w = s[k + 1].Word;
                    if (w == Cues.Higher || w == Cues.More || w == Cues.Greater || w == Better) r.Bound = Bound.AtLeast;
                    else if (w == Cues.Less || w == Cues.Lower) r.Bound = Bound.AtMost;
                }
            }
            if (r.Role == Role.Skip) return;
            // "sales in the NPG area of 9% sequentially": a rate said against a period is a change.
            if (r.Role == Role.Level && (n.Kind == NumberKind.Percent || n.Kind == NumberKind.Points) && ComparisonStartsAt(s, k))
            {
                r.Role = Role.Change;
                r.OwnCue = true;
            }
            // "six points better than a year ago", "90 basis points higher than the prior-year quarter": a rate or points set
            // against a period by a comparative is a change, better (an improvement) as a rise, worse as a fall.
            if (r.Role == Role.Level && (n.Kind == NumberKind.Percent || n.Kind == NumberKind.Points) && k + 2 < s.Count && s[k].Kind == TokenKind.Word
                && s[k + 1].IsWord(Cues.Than) && ComparativeSign(s[k].Word) is int comparative && comparative != 0 && PeriodComparedAt(k + 2))
            {
                r.Role = Role.Change;
                r.Sign = comparative;
                r.OwnCue = true;
            }
            // a 5% increase, a $6 million increase sequentially, 2.7 point growth, $77 million in higher revenue
            for (int j = k, seen = 0; j < s.Count && seen < 3; j++)
            {
                var t = s[j];
                if (_periodTokens.Contains(j)) continue;
                if (t.Kind != TokenKind.Word) break;
                seen++;
                if (ChangeNouns.Contains(t.Word) && !(t.IsWord(Cues.Growth) && j + 1 < s.Count && s[j + 1].IsWord(Rate)))
                {
                    if (r.Role == Role.Level || r.Role == Role.Prior && !r.OwnCue)
                    {
                        r.Role = Role.Change;
                        r.Sign = Cues.Sign(t.Word);
                        r.OwnCue = true;
                    }
                    break;
                }
                if (t.IsWord(Cues.In) && j + 1 < s.Count && DeltaAdjectives.Contains(s[j + 1].Word))
                {
                    r.Role = Role.Change;
                    r.Sign = Cues.Sign(s[j + 1].Word) == 0 ? 1 : Cues.Sign(s[j + 1].Word);
                    r.OwnCue = true;
                    break;
                }
                if (!(t.Has(WordClass.Filler) || t.IsWord(Cues.Per) || t.IsWord(Cues.Share))) break;
            }
            // headwinds of $45 million, $0.27 per share of downside, $95 million in revenue reserves, a $1.8 billion tax benefit
            for (int j = k, seen = 0; j < s.Count && seen < 4; j++)
            {
                var t = s[j];
                if (t.Kind != TokenKind.Word) break;
                if (t.Has(WordClass.Level) && !t.IsWord(Cues.Of) || t.Has(WordClass.Rise) || t.Has(WordClass.Fall)) break;
                if (t.Has(WordClass.Effect) || t.IsWord(Cues.Fx) && !IsConstantCurrencyAt(s, j))
                {
                    r.Role = Role.Skip;
                    return;
                }
                if (t.Has(WordClass.Stop) && !(t.IsWord(Cues.Of) || t.IsWord(Cues.In) || t.IsWord(Cues.The) || t.IsWord(Cues.A) || t.IsWord(Cues.An)
                    || t.IsWord(Cues.Our) || t.IsWord(Cues.Negative) || t.IsWord(Cues.Per))) break;
                if (MentionStartingAt(j) >= 0 && !IsEffectCompound(s, j)) break;
                seen++;
            }
            // "up 12% and 10% in constant currency": the constant-currency rate is a different measure; so is an organic rate
            // said beside the reported one ("up 7.4% on a reported basis and 11.2% organically").
            bool afterReportedChange = AnyChangeRead();
            for (int j = k; j < s.Count && j <= k + 5; j++)
            {
                if (s[j].Kind == TokenKind.Number) break;
                if (IsConstantCurrencyAt(s, j) || afterReportedChange && IsOrganicAt(s, j))
                {
                    r.Role = Role.Skip;
                    r.OtherMeasure = true;
                    return;
                }
            }
        }

        private static readonly int RangeNoun = Vocabulary.Add("range");
        private static readonly HashSet<int> ChargeNouns = Ids("charge", "charges", "costs");
        private static readonly int LinkWas = Vocabulary.Add("was");
        private static readonly int LinkWere = Vocabulary.Add("were");
        private static readonly int LinkIs = Vocabulary.Add("is");
        private static readonly int LinkAre = Vocabulary.Add("are");

        private bool AnyChangeRead()
        {
            foreach (var earlier in _readings)
            {
                if (earlier.Role == Role.Change) return true;
            }
            return false;
        }

        private static readonly int Organically = Vocabulary.Add("organically");
        private static readonly int Organic = Vocabulary.Add("organic");
        private static readonly int BasisWord = Vocabulary.Add("basis");

        // "11.2% organically", "3% on an organic basis"
        private static bool IsOrganicAt(SentenceTokens s, int j) =>
            s[j].IsWord(Organically) || s[j].IsWord(Organic) && j + 1 < s.Count && s[j + 1].IsWord(BasisWord);

        private static readonly int Worse = Vocabulary.Add("worse", WordClass.Stop);

        private static int ComparativeSign(int word) => word == Better ? 1 : word == Worse ? -1 : word == Cues.Higher ? 1 : word == Cues.Lower ? -1 : 0;

        /// <summary>A period said as the thing compared against starts at <paramref name="k"/> or after its article.</summary>
        private bool PeriodComparedAt(int k)
        {
            foreach (var p in _periods)
            {
                if ((p.First == k || p.First == k + 1) && p.Kind is PeriodKind.Sequential or PeriodKind.YearAgo or PeriodKind.Explicit) return true;
            }
            return false;
        }

        private bool ComparisonStartsAt(SentenceTokens s, int k)
        {
            // "an increase of 4% from the first quarter and 19% from a year ago": a rate measured from a period is a change.
            if (k < s.Count && s[k].IsWord(Cues.From))
            {
                int next = k + 1;
                while (next < s.Count && (s[next].IsWord(Cues.The) || s[next].IsWord(Cues.A))) next++;
                foreach (var p in _periods)
                {
                    if (p.First == next || p.First == k + 1) return p.Kind is PeriodKind.Sequential or PeriodKind.YearAgo or PeriodKind.Explicit;
                }
                return false;
            }
            foreach (var p in _periods)
            {
                if (p.First == k) return p.Kind == PeriodKind.Sequential || p.Kind == PeriodKind.YearAgo && p.Comparison;
            }
            return false;
        }

        /// <summary>"with app downloads up 30%": a noun right before the change verb is what changed.</summary>
        private static bool HasOwnSubject(SentenceTokens s, int verb)
        {
            if (verb <= 0) return false;
            var t = s[verb - 1];
            // "…, but average ticket was up 3.4%": the noun before the linking verb.
            if (verb >= 2 && t.Kind == TokenKind.Word && (t.Word == LinkWas || t.Word == LinkWere || t.Word == LinkIs || t.Word == LinkAre)) t = s[verb - 2];
            return t.Kind == TokenKind.Word && !t.Has(WordClass.Stop) && !t.Has(WordClass.Filler) && !t.Has(WordClass.Level) && !t.Has(WordClass.Anaphor);
        }

        private bool IsEffectCompound(SentenceTokens s, int first)
        {
            int mention = MentionStartingAt(first);
            int after = _mentions[mention].Last + 1;
            return after < s.Count && s[after].Has(WordClass.Effect);
        }

        private static bool IsConstantCurrencyAt(SentenceTokens s, int j)
        {
            var t = s[j];
            if (t.Kind != TokenKind.Word) return false;
            if (t.Word == Cues.Constant && j + 1 < s.Count && (s[j + 1].IsWord(Cues.Currency) || s[j + 1].IsWord(Dollars))) return true;
            if (t.Word == Cues.Fx && j + 1 < s.Count && s[j + 1].IsWord(Cues.Neutral)) return true;
            if (t.Word == Cues.Excluding && j + 1 < s.Count && s[j + 1].IsWord(Cues.Fx)) return true;
            return t.Word == Cues.Ex && j + 1 < s.Count && s[j + 1].IsWord(Cues.Fx);
        }

        /// <summary>Numbers joined as alternatives or a list: "$5 million or 3%", "12% and 10%", "48%, Europe was 33%, and Asia was 19%".</summary>
        private static bool Adjacent(SentenceTokens s, int previous, int current)
        {
            if (current - previous > 7) return false;
            for (int k = previous + 1; k < current; k++)
            {
                var t = s[k];
                if (t.Kind == TokenKind.Comma) continue;
                if (t.Kind != TokenKind.Word) return false;
                bool joins = t.IsWord(Cues.Or) || t.IsWord(Cues.And) || t.Has(WordClass.Qualifier) || t.Has(WordClass.Filler) || t.IsWord(Cues.Than)
                    || (t.Capital && !t.Has(WordClass.Stop)) || t.Has(WordClass.Level) && !t.IsWord(Cues.Of);
                if (!joins) return false;
            }
            return true;
        }
    }
}
