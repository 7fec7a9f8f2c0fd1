using System.Collections.Generic;

namespace TypedTranscripts.Figures
{
    /// <summary>
    /// Reads the statements of one sentence: for each number, whether it is a level, a change or a compared level, which
    /// metric it belongs to, its segment, basis and period; and, in forward-looking sentences, the outlook with or without
    /// numbers. Looks only at a bounded window of tokens around each number, so a sentence is read in linear time.
    /// </summary>
    internal sealed class StatementReader
    {
        private const int LeftWindow = 24;
        private const int RightWindow = 6;

        private enum Role : byte
        {
            Level,
            Change,
            /// <summary>The compared level: "up from $149 million", "compared to $0.03".</summary>
            Prior,
            /// <summary>By how much an outlook was raised or lowered.</summary>
            Revision,
            Skip,
        }

        private enum Bound : byte
        {
            Exact,
            AtLeast,
            AtMost,
        }

        private struct Reading
        {
            public int Token;
            public Role Role;
            public int Sign;
            public Bound Bound;
            public int QualifierFirst;
            public bool Negative;
            public bool OwnCue;
            public bool Chained;
            public int Mention;
            public string? Metric;
            public QuantityUnit Unit;
            public bool HasUnit;
            public string? Segment;
            public bool ShareOfTotal;
            /// <summary>1 after "includes" (a sub-item that may name its segment), 2 after "contributed" (a part of a whole).</summary>
            public int Part;
            /// <summary>The change verb ("grew 13%"), or -1.</summary>
            public int Verb;
            /// <summary>The number names a noun that is no metric ("$800 million in tariff-related costs").</summary>
            public bool NamesOther;
        }

        private static readonly HashSet<int> ChangeNouns = Ids("increase", "increases", "decline", "declines", "growth", "improvement", "decrease",
            "decreases", "reduction", "gain", "drop", "rise", "expansion", "contraction", "uptick", "improvements");
        private static readonly HashSet<int> DeltaAdjectives = Ids("higher", "lower", "additional", "incremental");
        private static readonly HashSet<int> AtLeastWords = Ids("more", "greater", "over", "least", "excess", "north", "upwards", "exceeding");
        private static readonly HashSet<int> AtMostWords = Ids("less", "under");
        private static readonly HashSet<int> FlatWords = Ids("flat", "unchanged");
        private static readonly HashSet<int> BeforeDirectionSkips = Ids("each", "overall", "total", "as", "well", "investments", "investment", "spending",
            "spend", "continued", "sustained");
        private static readonly int Close = Vocabulary.Add("close", WordClass.Qualifier | WordClass.Stop);
        private static readonly int Excess = Vocabulary.Add("excess", WordClass.Qualifier | WordClass.Stop);
        private static readonly int North = Vocabulary.Add("north", WordClass.Qualifier | WordClass.Stop);
        private static readonly int Upwards = Vocabulary.Add("upwards", WordClass.Qualifier | WordClass.Stop);
        private static readonly int Better = Vocabulary.Add("better", WordClass.Stop);
        private static readonly int Rate = Vocabulary.Add("rate");
        private static readonly int Remain = Vocabulary.Add("remain", WordClass.Stop);
        private static readonly int Continue = Vocabulary.Add("continue", WordClass.Stop);
        private static readonly int Dollars = Vocabulary.Add("dollars");
        private static readonly int Forward = Vocabulary.Add("forward", WordClass.Stop);
        private static readonly int While = Vocabulary.Add("while", WordClass.Stop);
        private static readonly HashSet<int> ContributeVerbs = Ids("contributed", "contributes", "contribute", "contributing", "represented", "represents",
            "represent", "representing", "accounted");
        private static readonly HashSet<int> PastVerbs = Ids("was", "were", "totaled", "totalled", "landed", "came", "reached", "ended", "stood", "amounted",
            "achieved", "delivered", "posted", "generated", "reported", "had", "grew", "rose", "fell", "declined", "increased", "decreased", "improved",
            "expanded", "dropped", "did", "saw", "recorded", "surpassed", "exceeded");

        private readonly FiscalCalendar _calendar;
        private readonly ScopeTracker _scope;
        private readonly List<MetricMention> _mentions = new List<MetricMention>(16);
        private readonly List<string?> _mentionSegments = new List<string?>(16);
        private readonly List<bool> _mentionBlocked = new List<bool>(16);
        private readonly List<int> _mentionLabelFirst = new List<int>(16);
        private int[] _mentionStarts = new int[256];
        private int[] _mentionEnds = new int[256];
        private readonly List<PeriodMention> _periods = new List<PeriodMention>(8);
        private readonly TokenMarks _periodTokens = new TokenMarks();
        private readonly List<Reading> _readings = new List<Reading>(16);
        private readonly List<Draft> _sentenceDrafts = new List<Draft>(8);
        private int _revisionVerb;
        private string? _opening;
        private Label? _subject;

        public StatementReader(FiscalCalendar calendar, ScopeTracker scope)
        {
            _calendar = calendar;
            _scope = scope;
        }

        private static HashSet<int> Ids(params string[] words)
        {
            var set = new HashSet<int>();
            foreach (string w in words) set.Add(Vocabulary.Add(w));
            return set;
        }

        /// <summary>
        /// True while reading answers to analysts' questions. There, hedged numbers ("about 5%", "a little over 8%",
        /// "$300-plus million") are conversational estimates, not stated figures, and are left out.
        /// </summary>
        public bool InAnswers { get; set; }

        /// <summary>Reads one sentence of an executive's turn into <paramref name="output"/>.</summary>
        public void Read(SentenceTokens s, List<Draft> output)
        {
            _sentenceDrafts.Clear();
            _readings.Clear();
            // Most sentences state no number and look nowhere ahead: read only what they may carry to the next.
            bool forward = (s.Classes & (WordClass.Forward | WordClass.WeakForward)) != 0 && IsForward(s);
            bool hasNumbers = s.HasQuantity;
            if ((s.Classes & WordClass.ScopeWord) != 0) _scope.ReadDefaults(s);
            if ((s.Classes & WordClass.PeriodWord) != 0 || s.HasPeriodHint) PeriodResolver.Find(s, _calendar, forward, _periods);
            else _periods.Clear();
            _periodTokens.Clear(s.Count);
            foreach (var p in _periods)
            {
                for (int k = p.First; k <= p.Last; k++) _periodTokens.Add(k);
            }
            if ((s.Classes & WordClass.MetricStart) != 0) MetricLexicon.Find(s, _mentions);
            else _mentions.Clear();
            IndexMentions(s.Count);
            _revisionVerb = (s.Classes & WordClass.Revision) != 0 && (s.Classes & WordClass.OutlookNoun) != 0 ? RevisionVerb(s) : -1;
            _subject = s.Count > 0 && s[0].Kind == TokenKind.Word && !s[0].Has(WordClass.Stop | WordClass.Anaphor) || s.Count > 1 && s[0].Has(WordClass.Stop)
                ? _scope.SubjectLabel(s, _periodTokens) : null;
            if (!hasNumbers && !forward && _revisionVerb < 0)
            {
                // Nothing to extract; only the subject, the comparison and a heading carry on.
                ReadMentionSegments(s, firstOnly: true);
                _opening = null;
                UpdateScope(s, forward, hasNumbers);
                return;
            }
            ReadMentionSegments(s, firstOnly: false);
            bool anaphoric = s.Count > 0 && s[0].Has(WordClass.Anaphor);
            _opening = (_scope.OpeningScope(s, _periodTokens, wholeSentence: false) ?? _scope.TrailingScope(s, _periodTokens))?.Text;
            var focus = FocusPeriod(s, forward);

            // "FX increased revenue growth by 2 points": an effect of exchange rates, not a figure of the company's.
            bool fxImpact = IsFxImpact(s);
            if (hasNumbers && !fxImpact)
            {
                ReadRoles(s);
                AttachMetrics(s, anaphoric);
                for (int r = 0; r < _readings.Count; r++) MakeDraft(s, r, forward, focus, anaphoric);
            }
            if ((forward || _revisionVerb >= 0) && !fxImpact && !InAnswers) ReadDirections(s, forward, focus);

            foreach (var draft in _sentenceDrafts)
            {
                draft.SentenceStart = s.Start;
                draft.SentenceEnd = s.End;
                if (draft.Segment is not null && draft.Problem is null) _scope.KnownSegments.Add(draft.Segment);
                output.Add(draft);
            }
            UpdateScope(s, forward, hasNumbers);
        }

        // ---- forward-looking sentences and periods ----

        private static bool IsFxImpact(SentenceTokens s)
        {
            for (int k = 0; k < s.Count; k++)
            {
                if (!s[k].IsWord(Cues.Fx) || k + 1 < s.Count && s[k + 1].IsWord(Cues.Neutral)) continue;
                for (int j = k + 1; j < s.Count && j <= k + 3; j++)
                {
                    if (s[j].Has(WordClass.Rise) || s[j].Has(WordClass.Fall)) return true;
                }
            }
            return false;
        }

        /// <summary>A forward-looking word before the number ("we expect revenue between …"), not one after it ("… was 46.5%, at the high end of our guidance").</summary>
        private static bool ForwardBefore(SentenceTokens s, int idx)
        {
            for (int k = idx - 1; k >= 0 && k >= idx - 40; k--)
            {
                var t = s[k];
                if (t.Has(WordClass.Forward) && !t.Has(WordClass.OutlookNoun)) return true;
                if (t.Has(WordClass.WeakForward) && LeadsToOutcome(s, k)) return true;
                if (t.Kind == TokenKind.Word && PastVerbs.Contains(t.Word)) return false;
            }
            return false;
        }
        private static bool IsForward(SentenceTokens s)
        {
            for (int k = 0; k < s.Count; k++)
            {
                if (s[k].Has(WordClass.Forward)) return true;
                if (s[k].Has(WordClass.WeakForward) && LeadsToOutcome(s, k)) return true;
            }
            return false;
        }

        // "going forward"; "will be", "should continue to grow", "will likely see"
        private static bool LeadsToOutcome(SentenceTokens s, int k)
        {
            if (k + 1 < s.Count && s[k + 1].IsWord(Forward)) return true;
            for (int j = k + 1; j < s.Count && j <= k + 3; j++)
            {
                if (s[j].Has(WordClass.OutcomeVerb)) return true;
                if (s[j].Kind != TokenKind.Word) break;
            }
            return false;
        }


        /// <summary>The verb of "raising our revenue guidance", "reducing our total midpoint", or -1.</summary>
        private int RevisionVerb(SentenceTokens s)
        {
            for (int k = 0; k < s.Count; k++)
            {
                if (!s[k].Has(WordClass.Revision)) continue;
                // the object of the verb, up to the outlook noun: "raising our property revenue and adjusted EBITDA guidance for the year"
                for (int j = k + 1; j < s.Count && j <= k + 10; j++)
                {
                    var t = s[j];
                    if (t.Has(WordClass.OutlookNoun)) return k;
                    bool objectWord = t.Kind == TokenKind.Comma || t.IsWord(Cues.Our) || t.IsWord(Cues.The) || t.IsWord(Cues.And) || t.IsWord(Cues.Total)
                        || _periodTokens.Contains(j) || InMention(j) || t.Kind == TokenKind.Word && (t.Capital || t.Has(WordClass.SegmentNoun) || t.Word == Vocabulary.Unknown);
                    if (!objectWord) break;
                }
            }
            return -1;
        }

        private bool InMention(int k)
        {
            foreach (var m in _mentions)
            {
                if (m.First <= k && k <= m.Last) return true;
            }
            return false;
        }

        /// <summary>The period "the quarter" means here: an outlook's period in a forward-looking sentence, else the call's.</summary>
        private FiscalPeriod? FocusPeriod(SentenceTokens s, bool forward)
        {
            if (forward)
            {
                foreach (var p in _periods)
                {
                    if (p.Kind == PeriodKind.Explicit && !p.Comparison && _calendar.IsFuture(p.Period)) return p.Period;
                }
                return _scope.OutlookPeriod ?? _scope.GuidancePeriod ?? _calendar.Quarter;
            }
            return _calendar.Quarter;
        }

        // ---- metric mentions and their segments ----

        private void ReadMentionSegments(SentenceTokens s, bool firstOnly)
        {
            _mentionSegments.Clear();
            _mentionBlocked.Clear();
            _mentionLabelFirst.Clear();
            int previousEnd = -1;
            for (int m = 0; m < _mentions.Count; m++)
            {
                var mention = _mentions[m];
                if (firstOnly && m > 0)
                {
                    _mentionSegments.Add(null);
                    _mentionBlocked.Add(false);
                    _mentionLabelFirst.Add(mention.First);
                    continue;
                }
                string? segment = null;
                // "R&D headcount": a metric right before another names its segment.
                if (m > 0 && _mentions[m - 1].Last + 1 == mention.First)
                {
                    segment = s.Slice(_mentions[m - 1].First, _mentions[m - 1].Last);
                    _mentionBlocked[m - 1] = true;
                }
                int labelFirst = mention.First;
                if (segment is null && _scope.LabelBefore(s, mention.First, previousEnd, _periodTokens) is { } before)
                {
                    segment = before.Text;
                    labelFirst = before.First;
                    // "Enterprise Services revenue", "server products and cloud services revenue": a named line of business, not the call's service revenue.
                    if (mention.Family == MetricLexicon.ServiceRevenue || mention.Family == MetricLexicon.ProductRevenue)
                    {
                        segment = s.Slice(before.First, mention.First);
                        mention.Family = MetricLexicon.Revenue;
                        _mentions[m] = mention;
                    }
                }
                if (segment is null && _scope.LabelAfter(s, mention.Last, _periodTokens) is { } after)
                {
                    segment = after.Text;
                    // "Revenue from the Intelligent Cloud segment was …" opens that segment's review.
                    if (_scope.InSegmentReview && IsRevenue(mention.Family) && s[mention.Last + 1].IsWord(Cues.From)) _scope.ReviewedSegment = segment;
                }
                // "Segment gross margin dollars": the segment under review.
                if (segment is not null && (segment.Equals("Segment", System.StringComparison.OrdinalIgnoreCase) || segment.Equals("Business", System.StringComparison.OrdinalIgnoreCase)))
                    segment = _scope.ReviewedSegment;
                _mentionSegments.Add(segment);
                _mentionLabelFirst.Add(labelFirst);
                // "at a slower rate than revenue": a compared metric is not a subject.
                _mentionBlocked.Add(FollowsThan(s, mention.First));
                previousEnd = mention.Last;
            }
        }

        private static bool FollowsThan(SentenceTokens s, int first)
        {
            for (int k = first - 1; k >= 0 && k >= first - 2; k--)
            {
                if (s[k].IsWord(Cues.Than)) return true;
                if (!(s[k].IsWord(Cues.Our) || s[k].IsWord(Cues.The))) return false;
            }
            return false;
        }

        // ---- roles ----

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
                    // "headwind of $45 million, $22 million and $13 million": a list shares its first number's role.
                    if (!r.OwnCue && r.Role == Role.Level)
                    {
                        r.Role = previous.Role;
                        r.Sign = previous.Sign;
                    }
                }
                ReadAfter(s, ref r);
                _readings.Add(r);
            }
            // "decreased 41 days from 49": a change followed by "from <number>" states two levels.
            for (int i = 0; i + 1 < _readings.Count; i++)
            {
                var r = _readings[i];
                var next = _readings[i + 1];
                if (r.Role == Role.Change && next.Role == Role.Prior && next.Token - r.Token <= 4 && HasWordBetween(s, r.Token, next.Token, Cues.From))
                {
                    r.Role = Role.Level;
                    _readings[i] = r;
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
            // fillers between a verb and its number: "increased by a healthy $81 million"
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
                return;
            }
            if (prev == Cues.From || prev == Cues.Compared || Vocabulary.Is(prev, WordClass.Comparison) && prev != Cues.Over && prev != Cues.Than
                || (prev == Cues.To && WordAt(s, k - 1) == Cues.Compared))
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
            if (by && (Vocabulary.Is(prev, WordClass.OutlookNoun) || _revisionVerb >= 0 && _revisionVerb < k))
            {
                r.Role = Role.Revision;
                r.OwnCue = true;
                return;
            }
            if (prev == Cues.Of || prev == Cues.In)
            {
                int j = k - 1;
                // "growth rate as well of 20%"
                while (j >= 0 && j >= k - 4 && s[j].Kind == TokenKind.Word && (s[j].IsWord(Cues.As) || s[j].Has(WordClass.Filler) || s[j].Has(WordClass.Qualifier) || s[j].IsWord(Rate) || _periodTokens.Contains(j))
                    && !s[j].IsWord(Cues.Growth)) j--;
                // "a reduction in adjusted EBITDA and attributable AFFO of $125 million"
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
                    if (s[j].Has(WordClass.Effect))
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
            // "sales in the SLT area of 13% sequentially": a rate said against a period is a change.
            if (r.Role == Role.Level && (n.Kind == NumberKind.Percent || n.Kind == NumberKind.Points) && ComparisonStartsAt(k))
            {
                r.Role = Role.Change;
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
            // "up 17% and 15% in constant currency": the constant-currency rate is a different measure.
            for (int j = k; j < s.Count && j <= k + 5; j++)
            {
                if (s[j].Kind == TokenKind.Number) break;
                if (IsConstantCurrencyAt(s, j))
                {
                    r.Role = Role.Skip;
                    return;
                }
            }
        }

        private bool ComparisonStartsAt(int k)
        {
            foreach (var p in _periods)
            {
                if (p.First == k) return p.Kind == PeriodKind.Sequential || p.Kind == PeriodKind.YearAgo && p.Comparison;
            }
            return false;
        }

        /// <summary>"with mobile sessions up 55%": a noun right before the change verb is what changed.</summary>
        private static bool HasOwnSubject(SentenceTokens s, int verb)
        {
            if (verb <= 0) return false;
            var t = s[verb - 1];
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

        /// <summary>Numbers joined as alternatives or a list: "$8 million or 2%", "17% and 15%", "51%, EMEA was 30%, and APEC was 19%".</summary>
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

        // ---- metrics ----

        private void AttachMetrics(SentenceTokens s, bool anaphoric)
        {
            for (int i = 0; i < _readings.Count; i++)
            {
                var r = _readings[i];
                if (r.Role == Role.Skip)
                {
                    _readings[i] = r;
                    continue;
                }
                int idx = r.Token;
                // right: "$110 billion in revenue", "over $50 million of EX-switch revenue", "7,034 employees", "25% ... on the operating margin line"
                int right = RightMention(s, idx, out bool shareOfRevenue, out bool namesOther);
                r.ShareOfTotal = shareOfRevenue;
                r.NamesOther = namesOther;
                if (right >= 0)
                {
                    // A number that names its metric after it belongs to that metric, or to none.
                    if (TryMetric(s, right, ref r)) r.Mention = right;
                    _readings[i] = r;
                    continue;
                }
                // chained: "$8 million or 2%", "the Americas at 51%, EMEA was 30%"
                if (r.Mention < 0 && r.Chained && i > 0 && _readings[i - 1].Mention >= 0 && !MentionBetween(_readings[i - 1].Token, idx)
                    && TryMetric(s, _readings[i - 1].Mention, ref r))
                {
                    r.Mention = _readings[i - 1].Mention;
                }
                // "a record for iPhone, which grew 13%": the relative clause's label is what grew.
                if (r.Mention < 0 && r.Role == Role.Change && r.Verb >= 0 && _scope.RelativeSubject(s, r.Verb) is { } relative)
                {
                    r.Metric = MetricFor(MetricLexicon.Revenue, r, s);
                    r.Segment = relative.Text;
                    _readings[i] = r;
                    continue;
                }
                if (r.Mention < 0 && !r.NamesOther || r.Mention < 0 && r.Part > 0) r.Mention = LeftMention(s, idx, ref r);
                // "Dynamics 365 grew 61%", "Our Dynamics business grew 11%": a named line of business with no metric said is its revenue.
                if (r.Mention < 0 && r.Role == Role.Change && _subject is { } subject && subject.Last < idx && !MentionBetween(subject.Last, idx)
                    && (r.Verb < 0 || r.Verb <= subject.Last + 2 || !HasOwnSubject(s, r.Verb)))
                {
                    r.Metric = MetricFor(MetricLexicon.Revenue, r, s);
                    if (r.Metric is not null) r.Segment = subject.Text;
                }
                if (r.Mention < 0 && r.Metric is null && anaphoric && r.Role == Role.Change && !HasOwnSubject(s, r.Verb) && _scope.PreviousSubject is { } previous)
                {
                    r.Metric = MetricFor(previous, r, s);
                    if (r.Metric is not null) r.Segment = _scope.PreviousSubjectSegment;
                }
                // "we returned $5.3 billion to shareholders …, an increase of 16%": the change is of an amount no metric names.
                if (r.Role == Role.Change && r.Verb < 0 && i > 0 && _readings[i - 1].Role == Role.Level && _readings[i - 1].Metric is null && r.Mention >= 0
                    && _readings[i - 1].Token < _mentions[r.Mention].First)
                {
                    r.Role = Role.Skip;
                }
                _readings[i] = r;
            }
            RespectivelyPairs(s);
        }

        /// <summary>"X and Y decreased by 3% and 5%, respectively": pairs metrics and numbers in order.</summary>
        private void RespectivelyPairs(SentenceTokens s)
        {
            int respectively = -1;
            for (int k = 0; k < s.Count; k++)
            {
                if (s[k].IsWord(Cues.Respectively)) respectively = k;
            }
            if (respectively < 0) return;
            var numbers = new List<int>(4);
            for (int i = 0; i < _readings.Count; i++)
            {
                if (_readings[i].Token < respectively && _readings[i].Role != Role.Skip) numbers.Add(i);
            }
            if (numbers.Count < 2) return;
            int firstNumber = _readings[numbers[0]].Token;
            var candidates = new List<int>(4);
            for (int m = 0; m < _mentions.Count; m++)
            {
                if (_mentions[m].Last < firstNumber && !_mentionBlocked[m]) candidates.Add(m);
            }
            if (candidates.Count < numbers.Count) return;
            int offset = candidates.Count - numbers.Count;
            for (int j = 0; j < numbers.Count; j++)
            {
                var r = _readings[numbers[j]];
                r.Metric = null;
                int m = candidates[offset + j];
                if (TryMetric(s, m, ref r)) r.Mention = m;
                _readings[numbers[j]] = r;
            }
        }

        private int RightMention(SentenceTokens s, int idx, out bool shareOfRevenue, out bool namesOther)
        {
            shareOfRevenue = false;
            namesOther = false;
            int k = idx + 1;
            bool preposition = false;
            bool of = false;
            int content = 0;
            // "$0.26 per share of common stock" says what a share is, not what the amount is.
            if (s.NumberAt(idx).Kind == NumberKind.PerShare && k < s.Count && s[k].IsWord(Cues.Of)) return NoMention(out namesOther);
            if (k + 1 < s.Count && s[k].Capital && s[k].Kind == TokenKind.Word && Vocabulary.Is(WordAt(s, k + 1), WordClass.CountNoun)) k++;
            if (k < s.Count && Vocabulary.Is(WordAt(s, k), WordClass.CountNoun) && MentionStartingAt(k) < 0) k++;
            // "25% or higher on the operating margin line", "20% plus on the topline"
            if (k < s.Count && s[k].IsWord(Cues.Plus)) k++;
            else if (k + 1 < s.Count && s[k].IsWord(Cues.Or) && (s[k + 1].IsWord(Cues.Higher) || s[k + 1].IsWord(Cues.More) || s[k + 1].IsWord(Cues.Greater))) k += 2;
            for (; k < s.Count && k <= idx + RightWindow; k++)
            {
                int m = MentionStartingAt(k);
                if (m >= 0)
                {
                    if (!preposition && k != idx + 1) return -1;
                    if (of && s.NumberAt(idx).Kind == NumberKind.Percent && (_mentions[m].Family == MetricLexicon.Revenue || _mentions[m].Family.Mix is not null))
                    {
                        shareOfRevenue = true;
                        _mentionBlocked[m] = true;
                        return -1;
                    }
                    return _mentionBlocked[m] ? -1 : m;
                }
                var t = s[k];
                if (t.Kind != TokenKind.Word || _periodTokens.Contains(k)) return NamesOther(content, of, out namesOther);
                int w = t.Word;
                if (w == Cues.In || w == Cues.Of || w == Cues.Through || w == Cues.On || w == Cues.For)
                {
                    if (preposition && w != Cues.Of) return NamesOther(content, of, out namesOther);
                    preposition = true;
                    of |= w == Cues.Of || w == Cues.In;
                    continue;
                }
                if (preposition && (t.Has(WordClass.Filler) || w == Cues.The || w == Cues.Our)) continue;
                const WordClass notNouns = WordClass.Stop | WordClass.Level | WordClass.Rise | WordClass.Fall | WordClass.Forward | WordClass.WeakForward | WordClass.Comparison;
                if (preposition && !t.Has(notNouns))
                {
                    content++;
                    continue;
                }
                return NamesOther(content, of, out namesOther);
            }
            return NamesOther(content, of, out namesOther);
        }

        // "$800 million in tariff-related costs", "$5.7 billion of debt maturities": the number says what it is, and it is no metric.
        private static int NamesOther(int content, bool inOrOf, out bool namesOther)
        {
            namesOther = content > 0 && inOrOf;
            return -1;
        }

        private static int NoMention(out bool namesOther)
        {
            namesOther = false;
            return -1;
        }

        private int LeftMention(SentenceTokens s, int idx, ref Reading r)
        {
            int commas = 0;
            bool verb = false, subject = false;
            int m = LastMentionBefore(idx);
            for (int k = idx - 1; k >= 0 && k >= idx - LeftWindow; k--)
            {
                var t = s[k];
                if (t.Kind == TokenKind.Comma && ++commas > 2) return -1;
                if (t.Kind == TokenKind.Break && t.Start < s.Text.Length && s.Text[t.Start] == ';') return -1;
                while (m >= 0 && _mentions[m].Last > k) m--;
                if (m >= 0 && _mentions[m].Last == k)
                {
                    if (!_mentionBlocked[m] && TryMetric(s, m, ref r)) return m;
                    m--;
                    continue;
                }
                // "R&D headcount increased 6% and customer service increased 8%": the number has a subject of its own.
                if (t.Kind == TokenKind.Word)
                {
                    if (t.Has(WordClass.Rise) || t.Has(WordClass.Fall) || t.Has(WordClass.Level)) verb = true;
                    else if (verb && !t.Capital && !t.Has(WordClass.Stop) && !t.Has(WordClass.Filler) && !t.Has(WordClass.Qualifier) && !_periodTokens.Contains(k)) subject = true;
                    else if (subject && (t.IsWord(Cues.And) || t.IsWord(While))) return -1;
                }
            }
            return -1;
        }

        private int LastMentionBefore(int idx)
        {
            int lo = 0, hi = _mentions.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) / 2;
                if (_mentions[mid].Last < idx) lo = mid + 1;
                else hi = mid;
            }
            return lo - 1;
        }

        /// <summary>Sets the reading's metric and unit when the mention's family has a metric for this kind of number.</summary>
        private bool TryMetric(SentenceTokens s, int mention, ref Reading r)
        {
            var family = _mentions[mention].Family;
            var saved = r;
            string? metric = MetricFor(family, r, s, _mentionSegments[mention] is not null);
            if (metric is null)
            {
                r = saved;
                return false;
            }
            r.Metric = metric;
            return true;
        }

        private string? MetricFor(MetricFamily family, Reading r, SentenceTokens s) => MetricFor(family, r, s, r.Segment is not null);

        /// <summary>The metric a family gives this number, and the number's unit, or null when they do not fit.</summary>
        private string? MetricFor(MetricFamily family, Reading r, SentenceTokens s, bool segmented)
        {
            var n = s.NumberAt(r.Token);
            bool change = r.Role == Role.Change || r.Role == Role.Revision;
            switch (n.Kind)
            {
                case NumberKind.Money:
                    if (!n.Scaled && family.PerShare is not null && (family.Money is null || PerShareFollows(s, r.Token))) return family.PerShare;
                    return change && r.Role != Role.Revision ? family.Money : family.Money;
                case NumberKind.PerShare:
                    return family.PerShare;
                case NumberKind.Percent:
                    if (change) return family.Growth;
                    return family.Percent ?? (segmented || r.ShareOfTotal ? family.Mix : null);
                case NumberKind.Points:
                    return change ? family.Points : null;
                case NumberKind.Ratio:
                    return family.Ratio;
                default:
                    if (family.Count is null) return null;
                    if (r.HasUnit)
                    {
                        var expected = family.CountUnit switch { CountUnit.Shares => QuantityUnit.Shares, CountUnit.Days => QuantityUnit.Days, _ => QuantityUnit.Count };
                        return r.Unit == expected ? family.Count : null;
                    }
                    return change || r.Role == Role.Prior || r.Chained ? family.Count : null;
            }
        }

        // "$0.09 on a per share basis"
        private static bool PerShareFollows(SentenceTokens s, int idx)
        {
            for (int k = idx + 1; k < s.Count && k <= idx + 4; k++)
            {
                if (s[k].IsWord(Cues.Per) && k + 1 < s.Count && s[k + 1].IsWord(Cues.Share)) return true;
            }
            return false;
        }

        private int MentionStartingAt(int k) => k >= 0 && k < _mentionStarts.Length ? _mentionStarts[k] : -1;

        private int MentionEndingAt(int k) => k >= 0 && k < _mentionEnds.Length ? _mentionEnds[k] : -1;

        /// <summary>Indexes the mentions by their first and last token, so lookups do not scan.</summary>
        private void IndexMentions(int count)
        {
            if (_mentionStarts.Length < count)
            {
                _mentionStarts = new int[count * 2];
                _mentionEnds = new int[count * 2];
            }
            for (int k = 0; k < count; k++) _mentionStarts[k] = _mentionEnds[k] = -1;
            for (int m = 0; m < _mentions.Count; m++)
            {
                _mentionStarts[_mentions[m].First] = m;
                _mentionEnds[_mentions[m].Last] = m;
            }
        }

        // Mentions are in order and do not overlap: the first one after `from` decides.
        private bool MentionBetween(int from, int to)
        {
            int lo = 0, hi = _mentions.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) / 2;
                if (_mentions[mid].First > from) hi = mid;
                else lo = mid + 1;
            }
            return lo < _mentions.Count && _mentions[lo].Last < to;
        }

        // ---- drafts ----

        private void MakeDraft(SentenceTokens s, int index, bool forward, FiscalPeriod? focus, bool anaphoric)
        {
            var r = _readings[index];
            if (r.Role == Role.Skip || r.Role == Role.Revision) return;
            var n = s.NumberAt(r.Token);
            if (InAnswers && (r.QualifierFirst >= 0 || n.Plus)) return;
            if (r.Metric is null)
            {
                // "Combined, these items represent roughly $0.02 per diluted share", "… was $31 billion": stated as a figure, of no metric named.
                if (!InAnswers && (n.Kind == NumberKind.PerShare || n.Kind == NumberKind.Money && n.Scaled) && r.Role == Role.Level && r.OwnCue && !r.NamesOther
                    && r.Part != 1 && LevelVerbBefore(s, r))
                    Add(s, Unresolved(s, r, "no metric is named for this amount"));
                return;
            }
            if (r.ShareOfTotal && r.Mention >= 0 && _mentions[r.Mention].Family.Percent is null && r.Metric != _mentions[r.Mention].Family.Mix) return;
            // "$1 of gross margin": company amounts come with a scale; small bare dollars are prices or examples.
            if (n.Kind == NumberKind.Money && !n.Scaled && n.Value < 1000 && SetUnitIsMoney(r.Metric)) return;
            if (r.ShareOfTotal && r.Mention >= 0 && _mentions[r.Mention].Family.Percent is null && _mentionSegments[r.Mention] is null) return;

            var draft = new Draft
            {
                Metric = r.Metric,
                Offset = s[r.Token].Start,
                Qualifier = r.QualifierFirst >= 0 ? s.Slice(r.QualifierFirst, r.Token - 1) : null,
            };
            SetUnit(draft, n, r);
            decimal value = n.Value * (r.Negative ? -1 : 1);
            decimal? high = n.High;
            if (r.Role == Role.Change && r.Sign < 0)
            {
                value = -value;
                high = -high;
            }

            // segment: a list label ("the Americas at 51%"), the metric's own label, an opening scope, a heading, the previous subject
            string? segment = r.Segment;
            if (segment is null && draft.Metric == "RevenueMix") segment = ListLabel(s, index);
            if (segment is null && r.Mention >= 0) segment = _mentionSegments[r.Mention];
            string? narrower = LabelAfterNumber(s, r.Token);
            if (r.Part > 0 && r.Role == Role.Level)
            {
                // "SLT product revenue includes $31 million of our SRX products": the part is its own segment of revenue.
                string? part = PartLabel(s, r.Token);
                if (part is null && r.Part == 2 && (r.Mention < 0 || _mentions[r.Mention].First < r.Token))
                {
                    Add(s, Unresolved(s, r, draft, "a part of " + draft.Metric + " without a named segment"));
                    return;
                }
                if (part is not null)
                {
                    segment = part;
                    if (r.Mention >= 0 && IsRevenue(_mentions[r.Mention].Family)) draft.Metric = "Revenue";
                }
                else if (r.Part == 2 && r.Mention >= 0 && _mentions[r.Mention].First > r.Token && segment is null)
                {
                    Add(s, Unresolved(s, r, draft, "a part of " + draft.Metric + " without a named segment"));
                    return;
                }
            }
            segment ??= _opening ?? (_subject is { } subject && (r.Mention < 0 || _mentions[r.Mention].First > subject.Last) ? subject.Text : null)
                ?? (_scope.InSegmentReview ? _scope.ReviewedSegment : null) ?? _scope.HeadingSegment;
            if (segment is null && anaphoric) segment = _scope.PreviousSubjectSegment;
            // "FX increased revenue growth by 2 points": a move in a growth rate, not in the metric.
            if (n.Kind == NumberKind.Points && r.Mention >= 0 && _mentions[r.Mention].Last + 1 < s.Count && s[_mentions[r.Mention].Last + 1].IsWord(Cues.Growth)) return;
            if (narrower is not null)
            {
                if (segment is not null && !segment.Equals(narrower, System.StringComparison.OrdinalIgnoreCase))
                {
                    Add(s, Unresolved(s, r, draft, "two segments (" + segment + ", " + narrower + ") scope it"));
                    return;
                }
                segment = narrower;
            }
            draft.Segment = segment;
            NormaliseServiceAndProduct(draft);

            draft.Basis = ScopeTracker.StatedBasis(s, r.Token, 20);
            if (draft.Basis == Basis.Unspecified) draft.Basis = _scope.TurnBasis != Basis.Unspecified ? _scope.TurnBasis : _scope.CallBasis;

            // period
            var period = StatementPeriod(s, r, focus, out string? periodProblem);
            bool explicitPeriod = period is not null;
            if (periodProblem is not null)
            {
                Add(s, Unresolved(s, r, draft, periodProblem));
                return;
            }
            if (r.Role == Role.Prior && period is null)
            {
                var comparison = ComparisonFor(s, r.Token);
                if (comparison is null || CompareTo(comparison.Value, _calendar.Quarter) is not { } prior)
                {
                    Add(s, Unresolved(s, r, draft, "the compared period is not stated"));
                    return;
                }
                period = prior;
                explicitPeriod = true;
            }
            bool future = period is { } p0 && _calendar.IsFuture(p0);
            bool guidance = future || (!explicitPeriod && forward && ForwardBefore(s, r.Token));
            // "the quarter" is the outlook's quarter in an outlook, else the call's.
            if (!guidance && !explicitPeriod) period = _calendar.Quarter;
            if (r.Role == Role.Prior && guidance) return; // "up from approximately 6% previously"
            if (guidance)
            {
                period ??= focus;
                if (period is null)
                {
                    Add(s, Unresolved(s, r, draft, "an outlook without a period"));
                    return;
                }
                if (explicitPeriod && !forward && period.Value.Kind == FiscalPeriodKind.FiscalYear && period.Value.Kind != FiscalPeriodKind.LongTerm)
                {
                    Add(s, Unresolved(s, r, draft, "a fiscal year not over yet, and no outlook word"));
                    return;
                }
                draft.Kind = StatementKind.Guidance;
                draft.Period = period;
                if (r.Role == Role.Change && draft.Unit == QuantityUnit.Usd) return; // a move in money in an outlook is a revision, not a level
                if (period.Value.Kind == FiscalPeriodKind.LongTerm && r.Role == Role.Change && draft.Metric == "Revenue") draft.Metric = "RevenueGrowth";
                if (draft.Basis == Basis.Unspecified || _scope.GuidanceBasis != Basis.Unspecified) draft.Basis = ScopeTracker.StatedBasis(s, r.Token, 20) is var stated && stated != Basis.Unspecified ? stated : _scope.GuidanceBasis != Basis.Unspecified ? _scope.GuidanceBasis : draft.Basis;
                SetBounds(draft, value, high, r.Bound);
                Add(s, draft);
                return;
            }
            if (n.IsRange)
            {
                Add(s, Unresolved(s, r, draft, "a range stated for a past period"));
                return;
            }
            period ??= focus ?? _calendar.Quarter;
            if (period is null)
            {
                Add(s, Unresolved(s, r, draft, "the call's fiscal period is unknown"));
                return;
            }
            draft.Period = period;
            draft.Low = value;
            if (r.Role == Role.Change)
            {
                draft.Kind = StatementKind.Change;
                // Absolute money moves restate the difference of two levels; relative changes carry the news.
                if (draft.Unit == QuantityUnit.Usd) return;
                if (draft.Unit != QuantityUnit.Percent && StatesComparedLevel(s, r)) return;
                var comparison = ComparisonFor(s, r.Token);
                if (comparison is null)
                {
                    Add(s, Unresolved(s, r, draft, "the period it is compared with is not stated"));
                    return;
                }
                var versus = CompareTo(comparison.Value, period.Value);
                if (versus is null)
                {
                    Add(s, Unresolved(s, r, draft, "the period it is compared with is not stated"));
                    return;
                }
                draft.Versus = versus;
                Add(s, draft);
                return;
            }
            draft.Kind = StatementKind.Figure;
            Add(s, draft);
        }

        private static bool SetUnitIsMoney(string metric) =>
            !(metric.EndsWith("Eps", System.StringComparison.Ordinal) || metric.EndsWith("PerShare", System.StringComparison.Ordinal) || metric is "AverageRepurchasePrice" or "Dividend");

        private static bool LevelVerbBefore(SentenceTokens s, Reading r)
        {
            int k = (r.QualifierFirst >= 0 ? r.QualifierFirst : r.Token) - 1;
            return k >= 0 && s[k].Kind == TokenKind.Word && PastVerbs.Contains(s[k].Word) || k >= 0 && s[k].Has(WordClass.Part);
        }

        private static bool IsRevenue(MetricFamily family) =>
            family == MetricLexicon.Revenue || family == MetricLexicon.ProductRevenue || family == MetricLexicon.ServiceRevenue;

        /// <summary>"Services revenue", "Turning to Services. Revenue …": the call's service revenue, not a segment of revenue.</summary>
        private static void NormaliseServiceAndProduct(Draft draft)
        {
            if (draft.Segment is null || draft.Metric != "Revenue") return;
            string segment = draft.Segment.ToLowerInvariant();
            if (segment is "services" or "service")
            {
                draft.Metric = "ServiceRevenue";
                draft.Segment = null;
            }
            else if (segment is "products" or "product")
            {
                draft.Metric = "ProductRevenue";
                draft.Segment = null;
            }
        }

        private static void SetUnit(Draft draft, ScannedNumber n, Reading r)
        {
            draft.Currency = n.Currency ?? "USD";
            draft.Unit = n.Kind switch
            {
                NumberKind.Money => r.Metric is not null && (r.Metric.EndsWith("Eps", System.StringComparison.Ordinal) || r.Metric.EndsWith("PerShare", System.StringComparison.Ordinal)
                    || r.Metric is "AverageRepurchasePrice" or "Dividend") ? QuantityUnit.UsdPerShare : QuantityUnit.Usd,
                NumberKind.PerShare => QuantityUnit.UsdPerShare,
                NumberKind.Percent => QuantityUnit.Percent,
                NumberKind.Points => QuantityUnit.Points,
                NumberKind.Ratio => QuantityUnit.Ratio,
                _ => r.HasUnit ? r.Unit : CountUnitOfMetric(r.Metric),
            };
        }

        private static QuantityUnit CountUnitOfMetric(string? metric) => metric switch
        {
            "DaysSalesOutstanding" => QuantityUnit.Days,
            "SharesRepurchased" or "DilutedSharesOutstanding" => QuantityUnit.Shares,
            _ => QuantityUnit.Count,
        };

        private static void SetBounds(Draft draft, decimal value, decimal? high, Bound bound)
        {
            if (high is { } h)
            {
                draft.Low = value < h ? value : h;
                draft.High = value < h ? h : value;
                return;
            }
            draft.Low = bound == Bound.AtMost ? null : value;
            draft.High = bound == Bound.AtLeast ? null : value;
        }

        /// <summary>The label right before a number in a list: "the Americas at approximately 51%, EMEA was 30%".</summary>
        private string? ListLabel(SentenceTokens s, int index)
        {
            int idx = _readings[index].Token;
            int stop = index > 0 ? _readings[index - 1].Token : -1;
            int lastLabel = -1, firstLabel = -1;
            for (int k = idx - 1; k > stop && k >= idx - 8; k--)
            {
                var t = s[k];
                if (MentionEndingAt(k) >= 0) break;
                bool label = t.Kind == TokenKind.Word && t.Capital && !t.Has(WordClass.Stop) && !_periodTokens.Contains(k);
                if (label)
                {
                    if (lastLabel < 0) lastLabel = k;
                    firstLabel = k;
                }
                else if (lastLabel >= 0) break;
            }
            return lastLabel < 0 ? null : s.Slice(firstLabel, lastLabel);
        }

        /// <summary>"grew 25% sequentially in enterprise": a segment named after the number.</summary>
        private string? LabelAfterNumber(SentenceTokens s, int idx)
        {
            for (int k = idx + 1; k < s.Count && k <= idx + 3; k++)
            {
                if (_periodTokens.Contains(k)) continue;
                if (!s[k].IsWord(Cues.In)) continue;
                int first = k + 1;
                if (first < s.Count && s[first].IsWord(Cues.The)) first++;
                if (first >= s.Count || s[first].Kind != TokenKind.Word || _periodTokens.Contains(first) || MentionStartingAt(first) >= 0) return null;
                int last = first;
                while (last + 1 < s.Count && s[last + 1].Kind == TokenKind.Word && (s[last + 1].Capital || s[last + 1].Has(WordClass.SegmentNoun))
                    && !_periodTokens.Contains(last + 1) && MentionStartingAt(last + 1) < 0) last++;
                string label = s.Slice(first, last);
                if (_scope.KnownSegments.Contains(label)) return label;
                return null;
            }
            return null;
        }

        /// <summary>"includes $31 million of our recently launched SRX products": the part's label.</summary>
        private string? PartLabel(SentenceTokens s, int idx)
        {
            int k = idx + 1;
            if (k >= s.Count || !s[k].IsWord(Cues.Of)) return null;
            k++;
            while (k < s.Count && s[k].Kind == TokenKind.Word && !s[k].Capital && k <= idx + 6) k++;
            int first = k;
            while (k < s.Count && s[k].Kind == TokenKind.Word && s[k].Capital && !s[k].Has(WordClass.Stop)) k++;
            return k > first ? s.Slice(first, k - 1) : null;
        }

        /// <summary>The stated period of a number: right after it ("$0.03 per share in the second quarter"), else before it.</summary>
        private FiscalPeriod? StatementPeriod(SentenceTokens s, Reading r, FiscalPeriod? focus, out string? problem)
        {
            problem = null;
            int idx = r.Token;
            int next = NextNumberToken(s, idx);
            int previous = PreviousNumberToken(s, idx);
            foreach (var p in _periods)
            {
                if (p.First <= idx || p.First >= next || p.First > idx + RightWindow) continue;
                if (p.Comparison || p.Kind == PeriodKind.Sequential) continue;
                return Resolve(p, s, focus, out problem);
            }
            for (int i = _periods.Count - 1; i >= 0; i--)
            {
                var p = _periods[i];
                if (p.Last >= idx || p.Last <= previous) continue;
                if (p.Kind == PeriodKind.Sequential || p.Intrinsic) continue;
                // "the prior year figure of $0.32": a compared period right before a level is that level's period.
                if (p.Comparison && (r.Role == Role.Change || idx - p.Last > 3)) continue;
                if (p.Kind == PeriodKind.YearAgo && r.Role == Role.Change) continue;
                return Resolve(p, s, focus, out problem);
            }
            // "moving our leverage to 6.8x and our floating rate exposure to 31% at the end of 2021": levels listed before one period.
            if (r.Role == Role.Level)
            {
                bool levelsOnly = true;
                foreach (var other in _readings)
                {
                    if (other.Token > idx && other.Role != Role.Level) levelsOnly = false;
                }
                foreach (var p in _periods)
                {
                    if (p.First <= idx || !levelsOnly) continue;
                    if (p.Comparison || p.Kind == PeriodKind.Sequential || p.Kind == PeriodKind.YearAgo) break;
                    return Resolve(p, s, focus, out problem);
                }
            }
            // "This quarter last year was 948 and we did 25.1% operating margin": a level takes the period its sentence opened with.
            if (r.Role != Role.Change)
            {
                for (int i = _periods.Count - 1; i >= 0; i--)
                {
                    var p = _periods[i];
                    if (p.Last >= idx || p.Comparison || p.Kind == PeriodKind.Sequential || p.Intrinsic) continue;
                    return Resolve(p, s, focus, out problem);
                }
            }
            return null;
        }

        private FiscalPeriod? Resolve(PeriodMention p, SentenceTokens s, FiscalPeriod? focus, out string? problem)
        {
            problem = null;
            switch (p.Kind)
            {
                case PeriodKind.Explicit:
                    return p.Period;
                case PeriodKind.Focus:
                    return null;
                case PeriodKind.YearAgo:
                    return _calendar.Quarter?.PriorYear();
                case PeriodKind.Unresolvable:
                    problem = "the period (" + s.Slice(p.First, p.Last) + ") is not a fiscal quarter or year";
                    return null;
                default:
                    return null;
            }
        }

        /// <summary>The comparison for a change: after the number, before it, anywhere in the sentence, the paragraph's, the call's.</summary>
        private PeriodMention? ComparisonFor(SentenceTokens s, int idx)
        {
            int next = NextNumberToken(s, idx);
            int previous = PreviousNumberToken(s, idx);
            PeriodMention? nearest = null;
            int distance = int.MaxValue;
            foreach (var p in _periods)
            {
                if (!IsComparison(p)) continue;
                if (p.First > idx && p.First < next) return p;
                int d = p.First > idx ? p.First - idx : idx - p.Last;
                if (p.Last < idx && p.Last > previous) d = 0;
                if (d < distance)
                {
                    distance = d;
                    nearest = p;
                }
            }
            if (nearest is not null) return nearest;
            if (_scope.ParagraphComparison is { } carried) return carried;
            if (_scope.CallComparison is { } kind) return new PeriodMention { Kind = kind, Comparison = true };
            return null;
        }

        private static bool IsComparison(PeriodMention p) =>
            p.Kind == PeriodKind.Sequential || p.Kind == PeriodKind.YearAgo || (p.Kind == PeriodKind.Explicit && p.Comparison);

        private static FiscalPeriod? CompareTo(PeriodMention comparison, FiscalPeriod? period)
        {
            if (period is not { } p) return null;
            return comparison.Kind switch
            {
                PeriodKind.Sequential => p.Kind == FiscalPeriodKind.Quarter ? p.PreviousQuarter() : null,
                PeriodKind.YearAgo => p.PriorYear(),
                PeriodKind.Explicit => comparison.Period,
                _ => null,
            };
        }

        /// <summary>"down $0.09 over the prior year figure of $0.32": the sentence states the compared level too.</summary>
        private bool StatesComparedLevel(SentenceTokens s, Reading r)
        {
            foreach (var other in _readings)
            {
                if (other.Token != r.Token && other.Metric == r.Metric && other.Role != Role.Change && other.Role != Role.Skip
                    && HasPeriodBetween(r.Token, other.Token)) return true;
            }
            return false;
        }

        private bool HasPeriodBetween(int a, int b)
        {
            int from = a < b ? a : b, to = a < b ? b : a;
            foreach (var p in _periods)
            {
                if (p.First > from && p.Last < to) return true;
            }
            return false;
        }

        private static int NextNumberToken(SentenceTokens s, int idx)
        {
            for (int k = idx + 1; k < s.Count && k <= idx + 24; k++)
            {
                if (s[k].Kind == TokenKind.Number && !s.NumberAt(k).IsYear) return k;
            }
            return System.Math.Min(s.Count, idx + 25);
        }

        private static int PreviousNumberToken(SentenceTokens s, int idx)
        {
            for (int k = idx - 1; k >= 0 && k >= idx - 24; k--)
            {
                if (s[k].Kind == TokenKind.Number && !s.NumberAt(k).IsYear) return k;
            }
            return System.Math.Max(-1, idx - 25);
        }

        private static bool HasWordBetween(SentenceTokens s, int from, int to, int word)
        {
            for (int k = from + 1; k < to; k++)
            {
                if (s[k].IsWord(word)) return true;
            }
            return false;
        }

        // ---- guidance without numbers ----

        /// <summary>"we expect operating expenses to increase", "a flat share count", "raising our revenue guidance for the year".</summary>
        private void ReadDirections(SentenceTokens s, bool forward, FiscalPeriod? focus)
        {
            var period = ExplicitFuturePeriod() ?? (forward ? focus : null) ?? _scope.OutlookPeriod ?? _scope.GuidancePeriod;
            int revisionVerb = _revisionVerb, outlookNoun = -1;
            for (int k = revisionVerb + 1; revisionVerb >= 0 && k < s.Count && outlookNoun < 0; k++)
            {
                if (s[k].Has(WordClass.OutlookNoun)) outlookNoun = k;
            }
            int revisionSign = revisionVerb >= 0 ? Cues.Sign(s[revisionVerb].Word) : 0;
            for (int m = 0; m < _mentions.Count; m++)
            {
                if (_mentionBlocked[m]) continue;
                bool attached = AttachedToNumber(m);
                var mention = _mentions[m];
                var direction = Direction.None;
                bool ambiguous = false;
                if (revisionSign != 0 && (mention.First > revisionVerb && mention.Last < outlookNoun
                    || (mention.Last < revisionVerb && !MentionBetweenIndex(m, revisionVerb))))
                {
                    direction = revisionSign > 0 ? Direction.Up : Direction.Down;
                }
                else if (forward) direction = DirectionAround(s, mention, _mentionLabelFirst[m], out ambiguous);
                if (direction == Direction.None && !ambiguous) continue;
                if (attached)
                {
                    // "gross margins … to be roughly flat …, within our range of 65% to 67%": the direction joins the numbers.
                    MergeDirection(mention.Family, _mentionSegments[m], direction);
                    continue;
                }
                var draft = new Draft
                {
                    Kind = StatementKind.Guidance,
                    Metric = mention.Family.LevelMetric,
                    Segment = _mentionSegments[m] ?? _opening ?? (_subject is { } subject && subject.Last < mention.First ? subject.Text : null)
                        ?? (_scope.InSegmentReview ? _scope.ReviewedSegment : null) ?? _scope.HeadingSegment,
                    Direction = direction,
                    Offset = s[mention.First].Start,
                    Unit = UnitOf(mention.Family.LevelUnit),
                };
                NormaliseServiceAndProduct(draft);
                draft.Basis = ScopeTracker.StatedBasis(s, mention.First, 20);
                if (draft.Basis == Basis.Unspecified) draft.Basis = _scope.GuidanceBasis;
                if (ambiguous) draft.Problem = "the direction (" + s.Slice(mention.Last + 1, System.Math.Min(s.Count - 1, mention.Last + 4)) + ") is a range of directions";
                else if (period is null) draft.Problem = "an outlook without a period";
                draft.Period = period;
                MergeOrAdd(s, draft);
            }
            // "Productivity and Business Processes should continue to grow double digits", "In Surface, … to drive growth":
            // a named line of business with a direction and no metric said is its revenue.
            if (forward && !HasQuantities(s) && !AnyMention() && (_subject ?? OpeningLabel(s)) is { } label && LabelDirection(s, label.Last) is var labelDirection
                && labelDirection != Direction.None)
            {
                var draft = new Draft
                {
                    Kind = StatementKind.Guidance,
                    Metric = "Revenue",
                    Segment = label.Text,
                    Direction = labelDirection,
                    Offset = s[label.First].Start,
                    Unit = QuantityUnit.Usd,
                    Period = period,
                    Basis = _scope.GuidanceBasis,
                };
                NormaliseServiceAndProduct(draft);
                if (period is null) draft.Problem = "an outlook without a period";
                MergeOrAdd(s, draft);
            }
            // "lowering our AFFO guidance by $40 million or $0.09 on a per share basis"
            if (revisionSign != 0)
            {
                for (int i = 0; i < _readings.Count; i++)
                {
                    var r = _readings[i];
                    if (r.Role != Role.Revision && !(r.Chained && r.Mention >= 0 && i > 0 && _readings[i - 1].Role == Role.Revision)) continue;
                    if (r.Metric is null || InAnswers && r.QualifierFirst >= 0) continue;
                    var draft = new Draft
                    {
                        Kind = StatementKind.Guidance,
                        Metric = r.Metric,
                        Segment = r.Mention >= 0 ? _mentionSegments[r.Mention] : null,
                        Direction = revisionSign > 0 ? Direction.Up : Direction.Down,
                        Offset = s[r.Token].Start,
                        Unit = s.NumberAt(r.Token).Kind == NumberKind.Money && r.Metric.EndsWith("PerShare", System.StringComparison.Ordinal) ? QuantityUnit.UsdPerShare : QuantityUnit.Usd,
                        Period = period,
                        Basis = _scope.GuidanceBasis,
                    };
                    if (period is null) draft.Problem = "an outlook without a period";
                    MergeOrAdd(s, draft);
                }
            }
        }

        private void MergeDirection(MetricFamily family, string? segment, Direction direction)
        {
            foreach (var existing in _sentenceDrafts)
            {
                if (existing.Kind == StatementKind.Guidance && existing.Direction == Direction.None && existing.Segment == segment
                    && (existing.Metric == family.LevelMetric || existing.Metric == family.Percent || existing.Metric == family.Money))
                    existing.Direction = direction;
            }
        }

        // "driven by Office 365, Dynamics 365": numbers inside names are no quantities.
        private static bool HasQuantities(SentenceTokens s)
        {
            foreach (var n in s.Numbers)
            {
                if (n.Kind != NumberKind.Plain || n.Scaled) return true;
            }
            return false;
        }

        private bool AnyMention()
        {
            for (int m = 0; m < _mentions.Count; m++)
            {
                if (!_mentionBlocked[m]) return true;
            }
            return false;
        }

        private Label? OpeningLabel(SentenceTokens s) => _scope.OpeningScope(s, _periodTokens, wholeSentence: false);

        /// <summary>The one direction the words after a label take: rise words only, or fall words only.</summary>
        private static Direction LabelDirection(SentenceTokens s, int last)
        {
            bool up = false, down = false;
            for (int k = last + 1; k < s.Count; k++)
            {
                var t = s[k];
                if (t.IsWord(Cues.Higher) || t.IsWord(Cues.Lower)) continue;
                if (t.IsWord(Cues.Growth) && k + 1 < s.Count && s[k + 1].IsWord(Rate)) continue; // "the growth rate will moderate"
                up |= t.Has(WordClass.Rise);
                down |= t.Has(WordClass.Fall);
            }
            return up == down ? Direction.None : up ? Direction.Up : Direction.Down;
        }

        private bool MentionBetweenIndex(int m, int token)
        {
            for (int other = m + 1; other < _mentions.Count; other++)
            {
                if (_mentions[other].First < token && !_mentionBlocked[other]) return true;
            }
            return false;
        }

        /// <summary>A future period that names an outlook: "our revised full year outlook", "the outlook for our first quarter".</summary>
        private FiscalPeriod? OutlookPeriodNamed(SentenceTokens s)
        {
            for (int k = 0; k < s.Count; k++)
            {
                if (!s[k].Has(WordClass.OutlookNoun)) continue;
                foreach (var p in _periods)
                {
                    if (p.Kind != PeriodKind.Explicit || p.Comparison || !_calendar.IsFuture(p.Period)) continue;
                    bool before = p.Last == k - 1;
                    bool after = k + 1 < s.Count && s[k + 1].IsWord(Cues.For) && p.First > k + 1 && p.First <= k + 4;
                    if (before || after) return p.Period;
                }
            }
            return null;
        }

        private FiscalPeriod? ExplicitFuturePeriod()
        {
            foreach (var p in _periods)
            {
                if (p.Kind == PeriodKind.Explicit && !p.Comparison && _calendar.IsFuture(p.Period)) return p.Period;
            }
            return null;
        }

        private bool AttachedToNumber(int m)
        {
            foreach (var r in _readings)
            {
                if (r.Mention == m && r.Role != Role.Skip && r.Role != Role.Revision) return true;
            }
            return false;
        }

        /// <summary>Direction words next to a metric in an outlook: "a slight increase in operating margins", "to be roughly flat", "should continue to grow".</summary>
        private Direction DirectionAround(SentenceTokens s, MetricMention mention, int labelFirst, out bool ambiguous)
        {
            ambiguous = false;
            // before: "increase in X", "a flat X", "higher X", "growth in our server products and cloud services revenue"
            for (int k = labelFirst - 1, seen = 0; k >= 0; k--)
            {
                var t = s[k];
                if (t.Kind != TokenKind.Word && t.Kind != TokenKind.Comma) break;
                // "continued improvement in each commercial cloud service, as well as in the overall …", "increase our investments in CapEx"
                if (t.IsWord(Cues.In) || t.IsWord(Cues.Our) || t.IsWord(Cues.The) || t.Has(WordClass.Filler) || t.Kind == TokenKind.Comma || BeforeDirectionSkips.Contains(t.Word)
                    || t.Has(WordClass.SegmentNoun))
                {
                    if (++seen > 14) break;
                    continue;
                }
                if (FlatWords.Contains(t.Word)) return Direction.Flat;
                if (ChangeNouns.Contains(t.Word) || t.IsWord(Cues.Higher) || t.IsWord(Cues.Lower))
                {
                    int sign = Cues.Sign(t.Word);
                    return sign > 0 ? Direction.Up : sign < 0 ? Direction.Down : Direction.None;
                }
                break;
            }
            // after: "to increase", "to be roughly flat", "to be up slightly", "should continue to grow double digits"
            bool linked = false;
            for (int k = mention.Last + 1, seen = 0; k < s.Count && seen < 7; k++)
            {
                var t = s[k];
                if (_periodTokens.Contains(k)) continue;
                if (t.Kind != TokenKind.Word) break;
                if (MentionStartingAt(k) >= 0) break;
                if (FlatWords.Contains(t.Word) && linked)
                {
                    if (k + 2 < s.Count && s[k + 1].IsWord(Cues.To) && Cues.Sign(s[k + 2].Word) != 0) ambiguous = true;
                    return ambiguous ? Direction.None : Direction.Flat;
                }
                int sign = Cues.Sign(t.Word);
                if (sign != 0 && linked) return sign > 0 ? Direction.Up : Direction.Down;
                // "we expect mid-teens revenue growth"
                if (t.IsWord(Cues.Growth) && k == mention.Last + 1 && ExpectBefore(s, labelFirst)) return Direction.Up;
                bool linking = t.IsWord(Cues.To) || t.IsWord(Cues.Be) || t.IsWord(Remain) || t.IsWord(Continue) || t.Has(WordClass.WeakForward);
                if (linking || t.Has(WordClass.Forward) || t.Has(WordClass.Qualifier) || t.Has(WordClass.Filler) || t.IsWord(Cues.For) || t.IsWord(Cues.In)
                    || t.IsWord(Cues.Of) || t.IsWord(Cues.Our))
                {
                    linked |= linking;
                    seen++;
                    continue;
                }
                break;
            }
            return Direction.None;
        }

        private static bool ExpectBefore(SentenceTokens s, int first)
        {
            for (int k = first - 1; k >= 0 && k >= first - 6; k--)
            {
                if (s[k].Has(WordClass.Effect)) return false; // "no impact to full year revenue growth"
                if (s[k].Has(WordClass.Forward)) return true;
            }
            return false;
        }

        private static QuantityUnit UnitOf(string unit) => unit switch
        {
            "USD" => QuantityUnit.Usd,
            "percent" => QuantityUnit.Percent,
            "USD/share" => QuantityUnit.UsdPerShare,
            "shares" => QuantityUnit.Shares,
            "days" => QuantityUnit.Days,
            "count" => QuantityUnit.Count,
            _ => QuantityUnit.Ratio,
        };

        /// <summary>One outlook per metric, segment and period in a sentence: "roughly flat … within our range of 65% to 67%".</summary>
        private void MergeOrAdd(SentenceTokens s, Draft draft)
        {
            foreach (var existing in _sentenceDrafts)
            {
                if (existing.Kind != StatementKind.Guidance || existing.Metric != draft.Metric || existing.Segment != draft.Segment
                    || !System.Nullable.Equals(existing.Period, draft.Period)) continue;
                if (existing.Direction == Direction.None) existing.Direction = draft.Direction;
                return;
            }
            Add(s, draft);
        }

        private void Add(SentenceTokens s, Draft draft)
        {
            if (draft.Kind == StatementKind.Guidance && draft.Problem is null)
            {
                foreach (var existing in _sentenceDrafts)
                {
                    if (existing.Kind == StatementKind.Guidance && existing.Problem is null && existing.Metric == draft.Metric && existing.Segment == draft.Segment
                        && System.Nullable.Equals(existing.Period, draft.Period))
                    {
                        existing.Low ??= draft.Low;
                        existing.High ??= draft.High;
                        if (existing.Direction == Direction.None) existing.Direction = draft.Direction;
                        return;
                    }
                }
            }
            _ = s;
            _sentenceDrafts.Add(draft);
        }

        private Draft Unresolved(SentenceTokens s, Reading r, string problem)
        {
            var n = s.NumberAt(r.Token);
            var draft = new Draft { Offset = s[r.Token].Start, Problem = problem, Low = n.Value, High = n.High };
            SetUnit(draft, n, r);
            return draft;
        }

        private static Draft Unresolved(SentenceTokens s, Reading r, Draft draft, string problem)
        {
            var n = s.NumberAt(r.Token);
            draft.Problem = problem;
            draft.Kind = r.Role == Role.Change ? StatementKind.Change : StatementKind.Figure;
            draft.Low ??= n.Value * (r.Negative ? -1 : 1) * (r.Role == Role.Change && r.Sign < 0 ? -1 : 1);
            draft.High ??= n.High;
            return draft;
        }

        // ---- what carries to the next sentence ----

        private void UpdateScope(SentenceTokens s, bool forward, bool hasNumbers)
        {
            var basis = ScopeTracker.SentenceBasis(s);
            if (basis != Basis.Unspecified) _scope.TurnBasis = basis;
            foreach (var p in _periods)
            {
                if (IsComparison(p)) _scope.ParagraphComparison = p;
            }
            if ((forward || _revisionVerb >= 0) && ExplicitFuturePeriod() is { } future)
            {
                _scope.GuidancePeriod = future;
                if (OutlookPeriodNamed(s) is { } outlook) _scope.OutlookPeriod = outlook;
            }
            bool subjectSet = false;
            for (int m = 0; m < _mentions.Count; m++)
            {
                if (_mentionBlocked[m]) continue;
                _scope.PreviousSubject = _mentions[m].Family;
                _scope.PreviousSubjectSegment = _mentionSegments[m] ?? _opening ?? _subject?.Text;
                subjectSet = true;
                break;
            }
            // "Dynamics 365 gives organizations …. It's gaining traction …, with revenue up 61%."
            if (_subject is { } subject && (!subjectSet || _mentions.Count > 0 && _mentions[0].First > subject.Last))
            {
                if (!subjectSet) _scope.PreviousSubject = MetricLexicon.Revenue;
                _scope.PreviousSubjectSegment = subject.Text;
            }
            string? heading = !hasNumbers && _mentions.Count == 0 ? _scope.OpeningScope(s, _periodTokens, wholeSentence: true)?.Text : null;
            _scope.EndSentence(heading);
        }

        private static int WordAt(SentenceTokens s, int k) => k >= 0 && k < s.Count && s[k].Kind == TokenKind.Word ? s[k].Word : Vocabulary.Unknown;
    }
}
