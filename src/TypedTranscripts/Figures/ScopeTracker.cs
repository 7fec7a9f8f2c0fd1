using System;
using System.Collections.Generic;

namespace TypedTranscripts.Figures
{
    /// <summary>A segment label found in a sentence, by token range.</summary>
    internal readonly struct Label
    {
        public Label(string text, int first, int last)
        {
            Text = text;
            First = first;
            Last = last;
        }

        public string Text { get; }
        public int First { get; }
        public int Last { get; }
    }

    /// <summary>
    /// What carries from one sentence to the next: the basis a speaker set ("on a non-GAAP basis"), the segment a heading
    /// or a segment review opened ("Turning to Devices.", "Revenue from Cloud Platforms was …"), the comparison a paragraph
    /// uses, the period an outlook is about, and the call-wide defaults the opening remarks state ("we will refer to non-GAAP
    /// metrics", "growth comparisons relate to the corresponding period of last year"). Also reads segment labels.
    /// </summary>
    internal sealed class ScopeTracker
    {
        // A heading's segment scopes the sentences right after it, not the rest of a long paragraph.
        private const int HeadingReach = 2;

        private static readonly int Unless = Vocabulary.Add("unless", WordClass.Stop | WordClass.ScopeWord);
        private static readonly int Otherwise = Vocabulary.Add("otherwise", WordClass.Stop);
        private static readonly int Refer = Vocabulary.Add("refer", WordClass.Stop | WordClass.ScopeWord);
        private static readonly int Discuss = Vocabulary.Add("discuss", WordClass.Stop | WordClass.ScopeWord);
        private static readonly int Comparisons = Vocabulary.Add("comparisons", WordClass.Stop | WordClass.ScopeWord);
        private static readonly int Corresponding = Vocabulary.Add("corresponding", WordClass.Stop);
        private static readonly int Compare = Vocabulary.Add("compare", WordClass.Stop | WordClass.ScopeWord);
        private static readonly int Comparison = Vocabulary.Add("comparison", WordClass.Stop | WordClass.ScopeWord);
        private static readonly int Noted = Vocabulary.Add("noted", WordClass.Stop);
        private static readonly int Stated = Vocabulary.Add("stated", WordClass.Stop);
        private static readonly int Specified = Vocabulary.Add("specified", WordClass.Stop);
        private static readonly int Indicated = Vocabulary.Add("indicated", WordClass.Stop);
        private static readonly int YearWord = Vocabulary.Add("year", WordClass.Stop);
        private static readonly int Ago = Vocabulary.Add("ago", WordClass.Stop);
        private static readonly int Last = Vocabulary.Add("last", WordClass.Stop);
        private static readonly int Prior = Vocabulary.Add("prior", WordClass.Stop);
        private static readonly int Previous = Vocabulary.Add("previous", WordClass.Stop);
        private static readonly int Over = Vocabulary.Add("over", WordClass.Stop);
        private static readonly int All = Vocabulary.Add("all", WordClass.Stop);
        private static readonly int Results = Vocabulary.Add("results", WordClass.Stop);
        private static readonly int Performance = Vocabulary.Add("performance");
        private static readonly int Segments = Vocabulary.Add("segments", WordClass.ScopeWord);
        private static readonly int Consolidated = Vocabulary.Add("consolidated", WordClass.Stop | WordClass.ScopeWord);
        private static readonly int I = Vocabulary.Add("i", WordClass.Stop);
        private static readonly int Adjusted = Vocabulary.Add("adjusted", WordClass.Stop);
        private static readonly int Except = Vocabulary.Add("except", WordClass.Stop);

        static ScopeTracker()
        {
            Vocabulary.Mark(Cues.Gaap, WordClass.ScopeWord);
            Vocabulary.Mark(Cues.Segment, WordClass.ScopeWord);
            Vocabulary.Mark(Cues.Total, WordClass.ScopeWord);
        }
        private static readonly int Which = Vocabulary.Add("which", WordClass.Anaphor | WordClass.Stop);
        private static readonly int Across = Vocabulary.Add("across", WordClass.Stop);
        private static readonly HashSet<int> Heads = new HashSet<int> { Cues.Business, Cues.Segment, Cues.Division, Cues.Side, Cues.Area, Vocabulary.Add("businesses") };
        private static readonly HashSet<int> Openers = new HashSet<int>
        {
            Cues.And, Cues.Finally, Cues.Now, Cues.Our, Cues.The, Vocabulary.Add("but", WordClass.Stop), Vocabulary.Add("so", WordClass.Stop),
            Vocabulary.Add("also", WordClass.Stop), Vocabulary.Add("lastly", WordClass.Stop), Vocabulary.Add("overall", WordClass.Stop),
        };
        private static readonly HashSet<int> HeadingOpeners = new HashSet<int>
        {
            Cues.Finally, Cues.Now, Vocabulary.Add("next", WordClass.Stop), Vocabulary.Add("lastly", WordClass.Stop), Vocabulary.Add("first", WordClass.Stop),
            Vocabulary.Add("second", WordClass.Stop), Vocabulary.Add("third", WordClass.Stop), Vocabulary.Add("fourth", WordClass.Stop),
        };
        private static readonly HashSet<int> SubjectVerbs = new HashSet<int>
        {
            Vocabulary.Add("continued", WordClass.Stop), Vocabulary.Add("continues", WordClass.Stop), Vocabulary.Add("surpassed", WordClass.Level),
            Vocabulary.Add("exceeded", WordClass.Level), Vocabulary.Add("saw", WordClass.Stop), Vocabulary.Add("set", WordClass.Stop),
            Vocabulary.Add("topped", WordClass.Level), Vocabulary.Add("should"), Vocabulary.Add("will"), Vocabulary.Add("has"), Vocabulary.Add("have"),
            Vocabulary.Add("led"),
        };

        private static readonly HashSet<int> WholeCompany = new HashSet<int>
        {
            Vocabulary.Add("worldwide"), Vocabulary.Add("global"), Vocabulary.Add("group"), Vocabulary.Add("companywide"), Vocabulary.Add("overall", WordClass.Stop), Consolidated, Cues.Total,
        };

        private readonly string? _companyName;
        private readonly string[] _companyWords;
        private string? _heading;
        private int _headingAge;

        public ScopeTracker(string? companyName)
        {
            _companyName = companyName;
            _companyWords = companyName is null ? Array.Empty<string>() : companyName.Split(new[] { ' ', ',', '.' }, StringSplitOptions.RemoveEmptyEntries);
        }

        /// <summary>Basis stated for the whole call ("unless otherwise specified, we will refer to non-GAAP metrics").</summary>
        public Basis CallBasis { get; private set; }

        /// <summary>Basis stated for guidance ("guidance is provided on a non-GAAP basis").</summary>
        public Basis GuidanceBasis { get; private set; }

        /// <summary>The comparison the call says growth rates use when they do not say (year over year).</summary>
        public PeriodKind? CallComparison { get; private set; }

        /// <summary>The period the last forward-looking sentence named.</summary>
        public FiscalPeriod? GuidancePeriod { get; set; }

        /// <summary>The period of the outlook being given ("our updated full year outlook", "the outlook for our second quarter"); wins over <see cref="GuidancePeriod"/>.</summary>
        public FiscalPeriod? OutlookPeriod { get; set; }

        /// <summary>True once the current turn has named the period of its outlook.</summary>
        public bool OutlookNamedInTurn { get; set; }

        /// <summary>The basis the current speaker set, carried across their paragraphs.</summary>
        public Basis TurnBasis { get; set; }

        /// <summary>True inside a review of the segments ("Now, to our segment review"), until "back to total company results".</summary>
        public bool InSegmentReview { get; private set; }

        /// <summary>The segment under review: metrics without a label of their own belong to it.</summary>
        public string? ReviewedSegment { get; set; }

        /// <summary>The segment a heading ("Turning to Devices.") opened, for the next sentences.</summary>
        public string? HeadingSegment => _heading;

        /// <summary>The last comparison stated in this paragraph (sequentially, year over year).</summary>
        public PeriodMention? ParagraphComparison { get; set; }

        /// <summary>The previous sentence's subject, for "This represents a 5% increase".</summary>
        public MetricFamily? PreviousSubject { get; set; }

        public string? PreviousSubjectSegment { get; set; }

        /// <summary>"For the full year, revenue was …. Cash from operations was …": the period a sentence of this paragraph opened with.</summary>
        public FiscalPeriod? ParagraphPeriod { get; set; }

        /// <summary>"Intermodal was our bright spot.": a line of business the previous sentence, with no number, was about.</summary>
        public string? TopicSegment { get; set; }

        /// <summary>Segment labels the call has used, so "grew 12% in retail" is seen to narrow a segment further.</summary>
        public HashSet<string> KnownSegments { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        private IReadOnlyList<string> _callTexts = Array.Empty<string>();
        private HashSet<string>? _namesInside;

        /// <summary>The texts of the turns the extractor reads, where <see cref="NamesSegment"/> looks for a word the call capitalises inside a sentence.</summary>
        public void SetCallTexts(IReadOnlyList<string> texts)
        {
            _callTexts = texts;
            _namesInside = null;
        }

        /// <summary>
        /// "Subscriptions grew 12%", "Renewals should be up": a one-word subject that is the sentence's first word, a plural
        /// written in lower case but for its first letter, is capitalised only because it opens the sentence. Such a word is a
        /// common noun, not a line of business, unless the call names it as one elsewhere (<see cref="NamesSegment"/>).
        /// "Printing was down", "Contoso 365 grew", "And Tablets grew", "GPUs grew" are not of this kind.
        /// </summary>
        public static bool IsSentenceCaseNoun(SentenceTokens s, Label label)
        {
            if (label.First != 0 || label.Last != 0 || s[0].Kind != TokenKind.Word) return false;
            var t = s[0];
            return LooksLikeSentenceCasePlural(s.Text, t.Start, t.End);
        }

        private static bool LooksLikeSentenceCasePlural(string text, int start, int end)
        {
            if (end - start < 4 || !char.IsUpper(text[start]) || text[end - 1] != 's') return false;
            // "Analysis", "Campus", "Express": not plurals.
            char beforeLast = text[end - 2];
            if (beforeLast == 's' || beforeLast == 'u' || beforeLast == 'i') return false;
            for (int i = start + 1; i < end; i++)
            {
                if (!char.IsLower(text[i])) return false;
            }
            return true;
        }

        /// <summary>
        /// The call names <paramref name="label"/> as a line of business: a segment it has already reported, or a word it
        /// capitalises inside a sentence, where only a name is capitalised ("in Subscriptions", "our Subscriptions segment",
        /// "Turning to Subscriptions.").
        /// </summary>
        public bool NamesSegment(string label) => KnownSegments.Contains(label) || NamesInside().Contains(label);

        /// <summary>
        /// One pass over the call's text, on first use: the plural-looking capitalised words that follow a lower-case word, a
        /// function word ("In", "The", "Our") or a comma, so are capitalised as names. Only such words are asked about.
        /// </summary>
        private HashSet<string> NamesInside()
        {
            if (_namesInside is not null) return _namesInside;
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (string text in _callTexts)
            {
                for (int i = 1; i < text.Length; i++)
                {
                    if (!char.IsUpper(text[i]) || text[i - 1] != ' ') continue;
                    int end = i + 1;
                    while (end < text.Length && char.IsLetter(text[end])) end++;
                    if (LooksLikeSentenceCasePlural(text, i, end) && InsideSentence(text, i)) names.Add(text.Substring(i, end - i));
                    i = end - 1;
                }
            }
            _namesInside = names;
            return names;
        }

        // The word at start follows, on the same line, a comma or a word that is lower case or a function word.
        private static bool InsideSentence(string text, int start)
        {
            int k = start - 1;
            while (k >= 0 && text[k] == ' ') k--;
            if (k < 0) return false;
            if (text[k] == ',') return true;
            if (!char.IsLetter(text[k])) return false;
            int end = k + 1;
            while (k > 0 && char.IsLetter(text[k - 1])) k--;
            if (k > 0 && !(text[k - 1] == ' ' || text[k - 1] == '(' || text[k - 1] == '-')) return false;
            return char.IsLower(text[k]) || Vocabulary.Is(Vocabulary.Find(text, k, end - k), WordClass.Stop);
        }

        /// <summary>A new turn; a speaker who set a basis earlier keeps speaking on it.</summary>
        public void StartTurn(Basis speakerBasis)
        {
            TurnBasis = speakerBasis;
            OutlookNamedInTurn = false;
            InSegmentReview = false;
            ReviewedSegment = null;
            StartParagraph();
        }

        public void StartParagraph()
        {
            _heading = null;
            ParagraphComparison = null;
            PreviousSubject = null;
            PreviousSubjectSegment = null;
            TopicSegment = null;
            ParagraphPeriod = null;
        }

        /// <summary>Called after each sentence: a heading's reach runs out.</summary>
        public void EndSentence(string? heading)
        {
            if (heading is not null)
            {
                _heading = heading;
                _headingAge = 0;
                if (InSegmentReview) ReviewedSegment = heading;
            }
            else if (_heading is not null && ++_headingAge >= HeadingReach) _heading = null;
        }

        /// <summary>
        /// The basis the sentence states next to position <paramref name="at"/>: the nearest GAAP / non-GAAP word before it,
        /// else "on a (non-)GAAP basis" after it. A bare "non-GAAP" after the number names the next metric ("revenue of
        /// $425 million and non-GAAP earnings per share of …"), not this one.
        /// </summary>
        public static Basis StatedBasis(SentenceTokens s, int at, int window)
        {
            for (int k = at - 1; k >= 0 && k >= at - window; k--)
            {
                var b = BasisAt(s, k, adjustedCounts: true);
                if (b != Basis.Unspecified) return b;
            }
            for (int k = at + 1; k < s.Count && k <= at + window && s[k].Kind != TokenKind.Number; k++)
            {
                var b = BasisAt(s, k, adjustedCounts: true);
                if (b != Basis.Unspecified && k + 1 < s.Count && s[k + 1].IsWord(Cues.BasisWord)) return b;
            }
            return Basis.Unspecified;
        }

        /// <summary>
        /// The one basis a sentence states, or unspecified when it states none or both. "Adjusted" before a metric names
        /// that metric's basis only; "on an adjusted basis" speaks for the sentence.
        /// </summary>
        public static Basis SentenceBasis(SentenceTokens s)
        {
            var found = Basis.Unspecified;
            for (int k = 0; k < s.Count; k++)
            {
                var b = BasisAt(s, k, adjustedCounts: k + 1 < s.Count && s[k + 1].IsWord(Cues.BasisWord));
                if (b == Basis.Unspecified) continue;
                if (found != Basis.Unspecified && found != b) return Basis.Unspecified;
                found = b;
            }
            return found;
        }

        private static Basis BasisAt(SentenceTokens s, int k, bool adjustedCounts)
        {
            // "adjusted operating profit" is non-GAAP; "adjusted for the divestiture" is not a basis.
            if (adjustedCounts && s[k].IsWord(Adjusted))
                return k + 1 < s.Count && s[k + 1].Kind == TokenKind.Word && !s[k + 1].IsWord(Cues.For) && !s[k + 1].IsWord(Cues.To) ? Basis.NonGaap : Basis.Unspecified;
            if (!s[k].IsWord(Cues.Gaap)) return Basis.Unspecified;
            return k > 0 && s[k - 1].IsWord(Cues.Non) ? Basis.NonGaap : Basis.Gaap;
        }

        /// <summary>
        /// Reads call-wide defaults and the start and end of a segment review from a sentence, given its periods and
        /// metric mentions (the metrics an outlook's basis is said not to cover: "except for revenue and share count").
        /// </summary>
        public void ReadDefaults(SentenceTokens s, List<PeriodMention> periods, List<MetricMention> mentions, FiscalCalendar calendar)
        {
            var basis = SentenceBasis(s);
            bool unlessOtherwise = false, refers = false, comparisons = false, corresponding = false, generally = false, guidance = false, growth = false;
            int except = -1;
            for (int k = 0; k < s.Count; k++)
            {
                int w = s[k].Kind == TokenKind.Word ? s[k].Word : Vocabulary.Unknown;
                int next = k + 1 < s.Count && s[k + 1].Kind == TokenKind.Word ? s[k + 1].Word : Vocabulary.Unknown;
                growth |= w == Cues.Growth;
                if (w == Unless && SaysOtherwise(s, k)) unlessOtherwise = true;
                else if (w == Refer || w == Discuss) refers = true;
                else if (w == Comparisons || w == Comparison || w == Compare) comparisons = true;
                else if (w == All || w == Cues.Growth) generally = true;
                else if (w == Except && except < 0) except = k;
                else if (w == Corresponding) corresponding = true;
                // "the same quarter last year", "the prior year", "a year ago", "year over year"
                else if (w == YearWord && (k > 0 && (s[k - 1].IsWord(Last) || s[k - 1].IsWord(Prior) || s[k - 1].IsWord(Previous)) || next == Ago || next == Over))
                    corresponding = true;
                else if (Vocabulary.Is(w, WordClass.OutlookNoun)) guidance = true;
                // "our segment results", "segment performance", "by segment"
                if ((w == Cues.Segment || w == Segments) && (next == Results || next == Performance)) InSegmentReview = true;
                // "back to total company results", "consolidated results"
                if ((w == Cues.Total || w == Consolidated) && (next == Cues.Company || next == Results))
                {
                    InSegmentReview = false;
                    ReviewedSegment = null;
                }
            }
            if (basis == Basis.NonGaap && guidance)
            {
                GuidanceBasis = basis;
                GuidanceBasisExceptions.Clear();
                foreach (var m in mentions)
                {
                    if (except >= 0 && m.First > except) AddMetrics(GuidanceBasisExceptions, m.Family);
                }
            }
            else if (basis != Basis.Unspecified && (unlessOtherwise || refers)) CallBasis = basis;
            // "relate to the corresponding period of last year", "year over year unless otherwise noted",
            // "unless otherwise noted, all growth rates are year over year"
            if (corresponding && (comparisons && generally || unlessOtherwise && (comparisons || growth))) CallComparison = PeriodKind.YearAgo;
            // "unless we note otherwise, comparisons are against the second quarter of fiscal 2023": the year-ago quarter, named.
            if (unlessOtherwise && (comparisons || growth) && calendar.Quarter is { } quarter)
            {
                foreach (var p in periods)
                {
                    if (p.Kind != PeriodKind.Explicit) continue;
                    if (p.Period.Equals(quarter.PriorYear())) CallComparison = PeriodKind.YearAgo;
                    else if (p.Period.Equals(quarter.PreviousQuarter())) CallComparison = PeriodKind.Sequential;
                }
            }
        }

        /// <summary>Metrics the basis stated for guidance does not cover ("except for revenue and share count").</summary>
        public HashSet<string> GuidanceBasisExceptions { get; } = new HashSet<string>(StringComparer.Ordinal);

        private static void AddMetrics(HashSet<string> metrics, MetricFamily family)
        {
            foreach (string? metric in new[] { family.Money, family.PerShare, family.Percent, family.Points, family.Growth, family.Ratio, family.Count })
            {
                if (metric is not null) metrics.Add(metric);
            }
        }

        /// <summary>"unless otherwise noted", "unless we say otherwise", "unless stated": a default the call sets.</summary>
        private static bool SaysOtherwise(SentenceTokens s, int unless)
        {
            for (int k = unless + 1; k < s.Count && k <= unless + 4; k++)
            {
                if (s[k].IsWord(Otherwise) || s[k].IsWord(Noted) || s[k].IsWord(Stated) || s[k].IsWord(Specified) || s[k].IsWord(Indicated)) return true;
            }
            return false;
        }

        /// <summary>
        /// The segment label right before a metric ("NPG revenue", "carrier revenue", "Contoso 365 business revenue",
        /// "Audio, Video and Games revenue"): names, digits inside names and lower-case segment nouns.
        /// </summary>
        public Label? LabelBefore(SentenceTokens s, int first, int stopAt, TokenMarks periodTokens)
        {
            int k = first - 1;
            int labelFirst = -1;
            bool hasAnd = false;
            while (k > stopAt && k >= first - 7)
            {
                var t = s[k];
                if (periodTokens.Contains(k)) break;
                if (t.Kind == TokenKind.Word && IsLabelWord(s, k))
                {
                    labelFirst = k;
                    k--;
                    continue;
                }
                if (t.Kind == TokenKind.Number && labelFirst == k + 1 && IsNamePart(s, k))
                {
                    labelFirst = k;
                    k--;
                    continue;
                }
                // "Cloud and Data Services", "devices and online services", "Audio, Video and Games"
                bool joins = t.IsWord(Cues.And) || (t.Kind == TokenKind.Comma && hasAnd);
                if (joins && labelFirst == k + 1 && k - 1 > stopAt && s[k - 1].Kind == TokenKind.Word && IsLabelWord(s, k - 1))
                {
                    hasAnd |= t.IsWord(Cues.And);
                    k--;
                    continue;
                }
                break;
            }
            if (labelFirst < 0) return null;
            // A hyphen ties a word into the label: "on-premises".
            if (labelFirst > stopAt + 1 && s[labelFirst].Hyphenated && s[labelFirst - 1].Kind == TokenKind.Word) labelFirst--;
            return Make(s, labelFirst, first - 1);
        }

        private static readonly int Outside = Vocabulary.Add("outside");

        /// <summary>
        /// A label after a metric: "Revenue from Cloud and Data Services", "revenue from the Devices segment", "sales in the NPG
        /// area"; "revenue outside the United States", "sales outside North America" are the business beyond that region,
        /// named with its "outside".
        /// </summary>
        public Label? LabelAfter(SentenceTokens s, int last, TokenMarks periodTokens)
        {
            int k = last + 1;
            if (k >= s.Count || !(s[k].IsWord(Cues.From) || s[k].IsWord(Cues.In) || s[k].IsWord(Outside))) return null;
            int outside = s[k].IsWord(Outside) ? k : -1;
            k++;
            if (k < s.Count && s[k].IsWord(Cues.The)) k++;
            int first = k;
            int end = -1;
            while (k < s.Count && k < first + 6)
            {
                var t = s[k];
                if (periodTokens.Contains(k)) break;
                if (t.Kind == TokenKind.Word && t.Capital && IsLabelWord(s, k)) end = k;
                else if (t.IsWord(Cues.And) && end == k - 1) { }
                else if (t.Kind == TokenKind.Number && end == k - 1 && IsNamePart(s, k)) end = k;
                else break;
                k++;
            }
            return end < first ? null : Make(s, outside >= 0 ? outside : first, end);
        }

        /// <summary>A label said as a sentence's opening scope: "In Printing, …", "For eReaders, …", "On the domestic side, …", "Turning to Devices."</summary>
        public Label? OpeningScope(SentenceTokens s, TokenMarks periodTokens, bool wholeSentence)
        {
            int k = 0;
            bool opened = false;
            while (k < s.Count && (s[k].Kind == TokenKind.Comma || s[k].Kind == TokenKind.Word && (s[k].IsWord(Cues.And) || HeadingOpeners.Contains(s[k].Word))))
            {
                opened |= s[k].Kind == TokenKind.Word && HeadingOpeners.Contains(s[k].Word);
                k++;
            }
            if (k >= s.Count || s[k].Kind != TokenKind.Word) return null;
            int w = s[k].Word;
            bool introduced = true;
            if (w == Cues.In || w == Cues.For || w == Cues.On || w == Cues.Within) k++;
            else if ((w == Cues.Turning || w == Cues.Moving || w == Cues.Starting) && k + 1 < s.Count && (s[k + 1].IsWord(Cues.To) || s[k + 1].IsWord(Cues.With))) k += 2;
            else if (w == Cues.With && k + 2 < s.Count && s[k + 1].IsWord(Cues.Regard) && s[k + 2].IsWord(Cues.To)) k += 3;
            // "Finally, Home and Garden." is a heading; "Sure." is not.
            else if (wholeSentence && s[k].Capital && opened) introduced = false;
            else return null;
            if (k < s.Count && (s[k].IsWord(Cues.The) || s[k].IsWord(Cues.Our))) k++;
            int first = k;
            int end = -1;
            while (k < s.Count)
            {
                var t = s[k];
                if (periodTokens.Contains(k)) return null;
                // "In More Home Products,": a capitalised word inside a name, even one that is also an ordinary word.
                bool nameGoesOn = k + 1 < s.Count && s[k + 1].Kind == TokenKind.Word && s[k + 1].Capital;
                bool name = t.Kind == TokenKind.Word && (IsLabelWord(s, k) || t.Capital && !Openers.Contains(t.Word) && !t.Has(WordClass.Month)
                    && (wholeSentence || nameGoesOn || !t.Has(WordClass.Stop)) && (introduced || k > first || wholeSentence));
                if (name || t.Kind == TokenKind.Word && Heads.Contains(t.Word) && end >= first) end = k;
                else if (t.IsWord(Cues.And) && end == k - 1) { }
                else if (t.Kind == TokenKind.Comma && end == k - 1 && wholeSentence) { }
                else if (t.Kind == TokenKind.Number && end == k - 1 && IsNamePart(s, k)) end = k;
                else break;
                k++;
            }
            if (end < first) return null;
            // The scope ends the sentence (a heading) or is followed by a comma (an opening phrase).
            bool closes = wholeSentence ? k >= s.Count : k < s.Count && s[k].Kind == TokenKind.Comma;
            if (!closes) return null;
            while (end > first && Heads.Contains(s[end].Word)) end--;
            return Make(s, first, end);
        }

        /// <summary>"… across our wholesale business": a label that scopes the whole sentence from its end.</summary>
        public Label? TrailingScope(SentenceTokens s, TokenMarks periodTokens)
        {
            for (int k = 0; k + 2 < s.Count; k++)
            {
                if (!s[k].IsWord(Across)) continue;
                int first = k + 1;
                if (s[first].IsWord(Cues.Our) || s[first].IsWord(Cues.The)) first++;
                int j = first;
                while (j < s.Count && s[j].Kind == TokenKind.Word && !periodTokens.Contains(j) && IsLabelWord(s, j)) j++;
                if (j > first && j < s.Count && Heads.Contains(s[j].Word)) return Make(s, first, j - 1);
            }
            return null;
        }

        /// <summary>
        /// A label that is the sentence's subject: "Tablets continued to see …", "Our hosting business surpassed …",
        /// "Contoso 365 grew 40%", "Cloud and Data Services should continue to grow".
        /// </summary>
        public Label? SubjectLabel(SentenceTokens s, TokenMarks periodTokens)
        {
            int k = 0;
            while (k < s.Count && (s[k].Kind == TokenKind.Comma || s[k].Kind == TokenKind.Word && Openers.Contains(s[k].Word))) k++;
            int first = k;
            int end = -1;
            while (k < s.Count && k < first + 7)
            {
                var t = s[k];
                if (periodTokens.Contains(k)) return null;
                if (t.Kind == TokenKind.Word && (IsLabelWord(s, k) || t.Capital && Vocabulary.Is(t.Word, WordClass.Stop) && k > first && !t.IsWord(I))) end = k;
                else if (t.IsWord(Cues.And) && end == k - 1) { }
                else if (t.Kind == TokenKind.Comma && end == k - 1 && k + 1 < s.Count && s[k + 1].Capital) { }
                else if (t.Kind == TokenKind.Number && end == k - 1 && IsNamePart(s, k)) end = k;
                else break;
                k++;
            }
            if (end < first) return null;
            int labelEnd = end;
            if (k < s.Count && s[k].Kind == TokenKind.Word && Heads.Contains(s[k].Word)) k++;
            if (k >= s.Count || s[k].Kind != TokenKind.Word) return null;
            var verb = s[k];
            bool isVerb = verb.Has(WordClass.Level) || verb.Has(WordClass.Rise) || verb.Has(WordClass.Fall) || verb.Has(WordClass.WeakForward)
                || SubjectVerbs.Contains(verb.Word) || LooksLikeVerb(s, k);
            if (!isVerb || verb.IsWord(Cues.Of) || verb.IsWord(Cues.At) || verb.IsWord(Cues.Total)) return null;
            return Make(s, first, labelEnd);
        }

        // "Contoso 365 gives …": an unknown lower-case word ending like a verb.
        private static bool LooksLikeVerb(SentenceTokens s, int k)
        {
            var t = s[k];
            if (t.Capital || t.Word != Vocabulary.Unknown || t.End - t.Start < 4) return false;
            char last = s.Text[t.End - 1];
            char beforeLast = s.Text[t.End - 2];
            return last == 's' && beforeLast != 's' || last == 'd' && beforeLast == 'e';
        }

        /// <summary>"Printing, which grew 9%": the label a relative clause's verb at <paramref name="verb"/> is about.</summary>
        public Label? RelativeSubject(SentenceTokens s, int verb)
        {
            int k = verb - 1;
            if (k < 0 || !s[k].IsWord(Which)) return null;
            k--;
            if (k >= 0 && s[k].Kind == TokenKind.Comma) k--;
            int last = k;
            while (k >= 0 && k > last - 6 && (s[k].Kind == TokenKind.Word && IsLabelWord(s, k) || s[k].IsWord(Cues.And) && k < last)) k--;
            return k + 1 <= last ? Make(s, k + 1, last) : null;
        }

        /// <summary>
        /// A word that can be part of a segment's name: a lower-case segment noun, a name (NPG, eReader, Contoso 365), or a
        /// capitalised word inside a sentence. A capitalised first word counts only when it is not an ordinary word.
        /// </summary>
        private static readonly int NorthWord = Vocabulary.Add("north");

        private bool IsLabelWord(SentenceTokens s, int k)
        {
            var t = s[k];
            if (t.Kind != TokenKind.Word) return false;
            // "North America Retail", "North American sales": "north" (as in "north of $5 million") capitalised before a name is part of it.
            if (t.Capital && t.IsWord(NorthWord) && k + 1 < s.Count && s[k + 1].Kind == TokenKind.Word && s[k + 1].Capital) return true;
            const WordClass notNames = WordClass.Filler | WordClass.Qualifier | WordClass.Rise | WordClass.Fall | WordClass.Level | WordClass.Part
                | WordClass.Forward | WordClass.WeakForward | WordClass.Effect | WordClass.Month | WordClass.Anaphor | WordClass.Comparison;
            if (t.Has(notNames)) return false;
            if (t.IsWord(Cues.Gaap) || t.IsWord(Cues.Non) && k + 1 < s.Count && s[k + 1].IsWord(Cues.Gaap) || t.IsWord(Cues.Fx) || t.IsWord(I)) return false;
            if (t.Has(WordClass.SegmentNoun)) return true;
            // "Ads ex-TAC", "on-premises", "E-commerce": a word hyphened to a name is part of it.
            if (!t.Capital) return k + 1 < s.Count && s[k + 1].Hyphenated && s[k + 1].Kind == TokenKind.Word && (s[k + 1].Capital || s[k + 1].Has(WordClass.SegmentNoun))
                || t.Hyphenated && k > 0 && s[k - 1].Kind == TokenKind.Word && s[k - 1].Capital && !s[k - 1].Has(WordClass.Stop) && !t.Has(notNames);
            if (IsCompanyWord(s, k)) return false;
            bool sentenceStart = k == 0 || s[k - 1].Kind == TokenKind.Comma && k == 1;
            // "Global Services revenue": a whole-company word opening a longer name is part of it.
            // "Flow Control sales", "Building Products revenue": an ordinary word that opens the sentence before another
            // capitalised word of a name is the name's first word.
            if (sentenceStart) return t.Word == Vocabulary.Unknown || (WholeCompany.Contains(t.Word) || !t.Has(WordClass.Stop))
                && k + 1 < s.Count && s[k + 1].Kind == TokenKind.Word && s[k + 1].Capital && !s[k + 1].Has(WordClass.Stop | notNames);
            if (!t.Has(WordClass.Stop)) return true;
            // An ordinary word capitalised inside a name: "More Home Products", "Data Services", "Non-Retail".
            bool inName = k + 1 < s.Count && s[k + 1].Kind == TokenKind.Word && s[k + 1].Capital || s[k - 1].Kind == TokenKind.Word && s[k - 1].Capital && k > 1;
            return inName && !Openers.Contains(t.Word) && !t.IsWord(Cues.In) && !t.IsWord(Cues.For) && !t.IsWord(Cues.On);
        }

        /// <summary>
        /// A word of the company's name: its first word ("Contoso", "Contoso's"), or any of its words said next to another
        /// ("Contoso Freight revenue"). A later word said alone names a line of business: "Freight revenue" at Contoso Freight.
        /// </summary>
        private bool IsCompanyWord(SentenceTokens s, int k)
        {
            int index = CompanyWordIndex(s, k);
            if (index < 0) return false;
            if (index == 0) return true;
            return k > 0 && CompanyWordIndex(s, k - 1) >= 0 || k + 1 < s.Count && CompanyWordIndex(s, k + 1) >= 0;
        }

        private int CompanyWordIndex(SentenceTokens s, int k)
        {
            var t = s[k];
            if (t.Kind != TokenKind.Word) return -1;
            int length = t.End - t.Start;
            for (int i = 0; i < _companyWords.Length; i++)
            {
                string word = _companyWords[i];
                if (word.Length == length && string.Compare(s.Text, t.Start, word, 0, length, StringComparison.OrdinalIgnoreCase) == 0) return i;
            }
            return -1;
        }

        // "Contoso 365", "Model 3": a bare number inside a capitalised name.
        private static bool IsNamePart(SentenceTokens s, int k)
        {
            var n = s.NumberAt(k);
            return n.Kind == NumberKind.Plain && !n.Scaled && !n.IsYear && k > 0 && s[k - 1].Kind == TokenKind.Word && s[k - 1].Capital;
        }

        private Label? Make(SentenceTokens s, int first, int last)
        {
            while (first <= last && (s[first].Kind != TokenKind.Word && s[first].Kind != TokenKind.Number)) first++;
            while (last >= first && (s[last].Kind != TokenKind.Word && s[last].Kind != TokenKind.Number || s[last].IsWord(Cues.And))) last--;
            if (last < first) return null;
            string text = s.Slice(first, last);
            if (_companyName is not null && text.Equals(_companyName, StringComparison.OrdinalIgnoreCase)) return null;
            // "Worldwide revenue", "Group revenue": the whole company, not a part of it ("Global Services revenue" is a part).
            if (first == last && s[first].Kind == TokenKind.Word && WholeCompany.Contains(s[first].Word)
                && !(last + 1 < s.Count && s[last + 1].Kind == TokenKind.Word && s[last + 1].Capital)) return null;
            return new Label(text, first, last);
        }
    }
}
