using System;
using System.Collections.Generic;

namespace TypedTranscripts.Figures
{
    /// <summary>
    /// Reads the statements of one sentence: for each number, whether it is a level, a change or a compared level, which
    /// metric it belongs to, its segment, basis and period; and, in forward-looking sentences, the outlook with or without
    /// numbers. Looks only at a bounded window of tokens around each number, so a sentence is read in linear time.
    /// </summary>
    internal sealed partial class StatementReader
    {
        private const int LeftWindow = 24;
        private const int RightWindow = 6;

        private enum Role : byte
        {
            Level,
            Change,
            /// <summary>The compared level: "up from $210 million", "compared to $0.07".</summary>
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
            /// <summary>The change verb ("grew 9%"), or -1.</summary>
            public int Verb;
            /// <summary>"plus or minus $10 million": how far the outlook may fall either side of the number.</summary>
            public decimal Tolerance;
            /// <summary>Skipped as a rate of another measure: constant currency, organic beside reported.</summary>
            public bool OtherMeasure;
            /// <summary>The change is one end of a range that starts at no change: "flat to up 1%".</summary>
            public bool FromFlat;
            /// <summary>The number names a noun that is no metric ("$300 million in freight costs").</summary>
            public bool NamesOther;
        }

        private static readonly HashSet<int> ChangeNouns = Ids("increase", "increases", "decline", "declines", "growth", "improvement", "decrease",
            "decreases", "reduction", "gain", "drop", "rise", "expansion", "contraction", "uptick", "improvements", "addition", "additions");
        private static readonly HashSet<int> DeltaAdjectives = Ids("higher", "lower", "additional", "incremental");
        private static readonly HashSet<int> AtLeastWords = Ids("more", "greater", "over", "least", "excess", "north", "upwards", "exceeding", "exceed", "exceeds", "above");
        private static readonly HashSet<int> AtMostWords = Ids("less", "under", "below");
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
        private static readonly int Loss = Vocabulary.Add("loss");
        private static readonly HashSet<int> ContributeVerbs = Ids("contributed", "contributes", "contribute", "contributing", "represented", "represents",
            "represent", "representing", "accounted");
        private static readonly HashSet<int> ActionVerbs = Ids("returned", "paid", "spent", "invested", "acquired", "issued", "repaid", "borrowed",
            "received", "sold", "divested", "deployed", "allocated", "committed");
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
        private readonly List<(int Verb, int Noun)> _revisions = new List<(int, int)>(2);
        private bool _shareOfRevenue;
        private string? _opening;
        private Label? _subject;
        private bool _subjectSentenceCase;

        /// <summary>
        /// The subject's label as a segment: "Contoso 365 grew 40%"; not "Subscriptions grew 12%", a plural capitalised only
        /// as the sentence's first word, unless the call names it as a line of business elsewhere. A share of revenue
        /// ("Hospitals were 38% of revenue") names its label itself and reads <see cref="_subject"/>.
        /// </summary>
        private string? SubjectSegment => _subject is { } subject && (!_subjectSentenceCase || _scope.NamesSegment(subject.Text)) ? subject.Text : null;
        private int _topicMention = -1;
        /// <summary>The period a past statement of this sentence is for when it names none: the paragraph's, else the call's quarter.</summary>
        private FiscalPeriod? _carried;
        /// <summary>The whole company's level of each metric and period stated so far: a line of business's differs from it.</summary>
        private readonly Dictionary<(string Metric, FiscalPeriod Period), decimal?> _companyLevels = new Dictionary<(string, FiscalPeriod), decimal?>();

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
        /// True while reading answers to analysts' questions. There, hedged numbers ("about 4%", "a little over 7%",
        /// "$450-plus million") are conversational estimates, not stated figures, and are left out.
        /// </summary>
        public bool InAnswers { get; set; }

        /// <summary>Reads one sentence of an executive's turn into <paramref name="output"/>.</summary>
        public void Read(SentenceTokens s, List<Draft> output)
        {
            _sentenceDrafts.Clear();
            _readings.Clear();
            // Most sentences state no number and look nowhere ahead: read only what they may carry to the next.
            _forecastActivity.Clear(s.Count);
            bool forward = (s.Classes & (WordClass.Forward | WordClass.WeakForward)) != 0 && IsForward(s);
            bool hasNumbers = s.HasQuantity;
            FindPeriods(s, forward);
            if ((s.Classes & WordClass.MetricStart) != 0) MetricLexicon.Find(s, _mentions);
            else _mentions.Clear();
            IndexMentions(s.Count);
            // "We forecast demand conservatively": forecasting as an activity looks nowhere ahead.
            if (forward && MarkForecastActivity(s) && !IsForward(s))
            {
                forward = false;
                FindPeriods(s, forward);
            }
            // "we are narrowing adjusted EPS to $6.10 to $6.30": a quantity being revised to a level is an outlook.
            if (!forward && hasNumbers && (s.Classes & WordClass.Revision) != 0 && RevisesQuantityToLevel(s))
            {
                forward = true;
                FindPeriods(s, forward);
            }
            // "Longer term, our model calls for …", "the fiscal 2027 targets we set out": a horizon looks ahead by itself.
            if (HorizonTargets(s)) forward = true;
            if ((s.Classes & WordClass.ScopeWord) != 0) _scope.ReadDefaults(s, _periods, _mentions, _calendar);
            if ((s.Classes & WordClass.Revision) != 0 && (s.Classes & WordClass.OutlookNoun) != 0) FindRevisions(s);
            else _revisions.Clear();
            _subject = s.Count > 0 && s[0].Kind == TokenKind.Word && !s[0].Has(WordClass.Stop | WordClass.Anaphor) || s.Count > 1 && s[0].Has(WordClass.Stop)
                ? _scope.SubjectLabel(s, _periodTokens) : null;
            _subjectSentenceCase = _subject is { } opener && ScopeTracker.IsSentenceCaseNoun(s, opener);
            if (!hasNumbers && !forward && _revisions.Count == 0)
            {
                // Nothing to extract; only the subject, the comparison and a heading carry on.
                ReadMentionSegments(s, firstOnly: true);
                _opening = null;
                UpdateScope(s, forward, hasNumbers);
                return;
            }
            ReadMentionSegments(s, firstOnly: false);
            bool anaphoric = s.Count > 0 && s[0].Has(WordClass.Anaphor);
            var opening = _scope.OpeningScope(s, _periodTokens, wholeSentence: false) ?? _scope.TrailingScope(s, _periodTokens);
            // "With regard to CapEx, we are reducing …": a metric said as the opening scope is the subject, not a segment.
            _opening = opening is { } o && !MentionBetween(o.First - 1, o.Last + 1) ? o.Text : null;
            _topicMention = -1;
            var focus = FocusPeriod(s, forward);
            _carried = forward ? null : _scope.ParagraphPeriod;

            // "FX lowered revenue growth by 3 points": an effect of exchange rates, not a figure of the company's.
            bool fxImpact = IsFxImpact(s);
            if (hasNumbers && !fxImpact)
            {
                ReadRoles(s);
                AttachMetrics(s, anaphoric);
                _topicMention = TopicMention(s);
                for (int r = 0; r < _readings.Count; r++) MakeDraft(s, r, forward, focus, anaphoric);
            }
            // In answers, directions count only under an outlook verb ("we expect Consumer to be up slightly"), not in talk
            // ("you are going to see an increase").
            if ((forward || _revisions.Count > 0) && !fxImpact && (!InAnswers || HasOutlookVerb(s))) ReadDirections(s, forward, focus);

            foreach (var draft in _sentenceDrafts)
            {
                draft.SentenceStart = s.Start;
                draft.SentenceEnd = s.End;
                if (draft.Kind == StatementKind.Figure && draft.Segment is null && draft.Problem is null && draft.Metric is not null && draft.Period is { } period
                    && !_companyLevels.ContainsKey((draft.Metric, period))) _companyLevels[(draft.Metric, period)] = draft.Low;
                if (draft.Segment is not null && draft.Problem is null) _scope.KnownSegments.Add(draft.Segment);
                output.Add(draft);
            }
            UpdateScope(s, forward, hasNumbers);
        }


        private void FindPeriods(SentenceTokens s, bool forward)
        {
            if ((s.Classes & WordClass.PeriodWord) != 0 || s.HasPeriodHint) PeriodResolver.Find(s, _calendar, forward, _periods);
            else _periods.Clear();
            _periodTokens.Clear(s.Count);
            foreach (var p in _periods)
            {
                for (int k = p.First; k <= p.Last; k++) _periodTokens.Add(k);
            }
        }

        private void UpdateScope(SentenceTokens s, bool forward, bool hasNumbers)
        {
            var basis = ScopeTracker.SentenceBasis(s);
            // Under a call-wide default ("unless otherwise noted, non-GAAP"), a figure stated on the other basis is the noted
            // exception, not a new default; a sentence without numbers ("Now to our GAAP results.") still switches.
            bool exception = hasNumbers && _scope.CallBasis != Basis.Unspecified && basis != _scope.CallBasis;
            if (basis != Basis.Unspecified && !exception) _scope.TurnBasis = basis;
            // "Deferred revenue was $402 million, up $12 million from the second quarter.": a balance is compared with the last
            // quarter's end as a matter of course, and that says nothing of the comparison of the next sentence's rates.
            if (!OnlyBalancesNamed())
            {
                foreach (var p in _periods)
                {
                    if (IsComparison(p)) _scope.ParagraphComparison = p;
                }
            }
            CarryPeriod(s, forward);
            if ((forward || _revisions.Count > 0) && ExplicitFuturePeriod() is { } future)
            {
                _scope.GuidancePeriod = future;
                // "For the full year 2026, we expect …" opens a new outlook as "our outlook for the year" does; a period
                // said in passing ("… growth of around 4% in Q4") does not.
                // The first outlook sentence of a turn may name it as its metric's period: "we now expect full-year 2022 revenue …".
                if ((OutlookPeriodNamed(s) ?? OpeningFuturePeriod(s) ?? (_scope.OutlookNamedInTurn ? null : ExpectedPeriod(s))) is { } outlook)
                {
                    _scope.OutlookPeriod = outlook;
                    _scope.OutlookNamedInTurn = true;
                }
            }
            bool subjectSet = false;
            for (int m = 0; m < _mentions.Count; m++)
            {
                if (_mentionBlocked[m]) continue;
                _scope.PreviousSubject = _mentions[m].Family;
                _scope.PreviousSubjectSegment = _mentionSegments[m] ?? _opening ?? SubjectSegment;
                subjectSet = true;
                break;
            }
            // "Contoso 365 gives teams …. It is gaining ground …, with revenue up 40%."
            // "Renewals grew nicely. It was …": a common noun is the subject, and "it" is no metric of an earlier sentence.
            if (_subject is { } subject && (!subjectSet || _mentions.Count > 0 && _mentions[0].First > subject.Last))
            {
                string? subjectSegment = SubjectSegment;
                if (!subjectSet) _scope.PreviousSubject = subjectSegment is null ? null : MetricLexicon.Revenue;
                _scope.PreviousSubjectSegment = subjectSegment;
            }
            string? heading = !hasNumbers && _mentions.Count == 0 ? _scope.OpeningScope(s, _periodTokens, wholeSentence: true)?.Text : null;
            _scope.TopicSegment = !hasNumbers && !forward && _mentions.Count == 0 && heading is null ? _subject?.Text : null;
            _scope.EndSentence(heading);
        }

        /// <summary>
        /// "For the full year 2024, revenue was $4.9 billion, down 5%. Cash from operations was $612 million …": a past period a
        /// sentence opens with, and states a figure of, holds for the paragraph's next sentences until one names another period.
        /// </summary>
        private bool OnlyBalancesNamed()
        {
            if (_mentions.Count == 0) return false;
            foreach (var m in _mentions)
            {
                if (!m.Family.PointInTime) return false;
            }
            return true;
        }

        private void CarryPeriod(SentenceTokens s, bool forward)
        {
            foreach (var p in _periods)
            {
                if (p.Comparison || p.Intrinsic || p.Kind == PeriodKind.Sequential || p.Kind == PeriodKind.YearAgo && p.Comparison) continue;
                if (p.Kind == PeriodKind.Explicit && !forward && p.First <= 3 && p.Last + 1 < s.Count && s[p.Last + 1].Kind == TokenKind.Comma
                    && !_calendar.IsFuture(p.Period) && StatesFigureFor(p.Period))
                {
                    _scope.ParagraphPeriod = p.Period.Equals(_calendar.Quarter) ? null : p.Period;
                    return;
                }
                if (p.Kind != PeriodKind.Explicit || !p.Period.Equals(_scope.ParagraphPeriod)) _scope.ParagraphPeriod = null;
            }
        }

        private bool StatesFigureFor(FiscalPeriod period)
        {
            foreach (var d in _sentenceDrafts)
            {
                if (d.Problem is null && d.Kind != StatementKind.Guidance && Nullable.Equals(d.Period, period)) return true;
            }
            return false;
        }

        private static int WordAt(SentenceTokens s, int k) => k >= 0 && k < s.Count && s[k].Kind == TokenKind.Word ? s[k].Word : Vocabulary.Unknown;
    }
}
