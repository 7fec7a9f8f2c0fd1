using System;
using System.Collections.Generic;

namespace TypedTranscripts.Figures
{
    /// <summary>
    /// What carries from one sentence to the next: the basis a speaker set ("on a non-GAAP basis"), the segment a heading
    /// opened ("Turning to Services."), the comparison a paragraph uses, the period an outlook is about, and the call-wide
    /// defaults the opening remarks state ("we will refer to non-GAAP metrics", "growth comparisons relate to the
    /// corresponding period of last year"). Also reads segment labels around a metric.
    /// </summary>
    internal sealed class ScopeTracker
    {
        private static readonly int Unless = Vocabulary.Add("unless", WordClass.Stop);
        private static readonly int Otherwise = Vocabulary.Add("otherwise", WordClass.Stop);
        private static readonly int Refer = Vocabulary.Add("refer", WordClass.Stop);
        private static readonly int Discuss = Vocabulary.Add("discuss", WordClass.Stop);
        private static readonly int Comparisons = Vocabulary.Add("comparisons", WordClass.Stop);
        private static readonly int Corresponding = Vocabulary.Add("corresponding", WordClass.Stop);
        private static readonly int Except = Vocabulary.Add("except", WordClass.Stop);

        private readonly string? _companyName;

        public ScopeTracker(string? companyName) => _companyName = companyName;

        /// <summary>Basis stated for the whole call ("unless otherwise specified, we will refer to non-GAAP metrics").</summary>
        public Basis CallBasis { get; private set; }

        /// <summary>Basis stated for guidance ("guidance is provided on a non-GAAP basis").</summary>
        public Basis GuidanceBasis { get; private set; }

        /// <summary>The comparison the call says growth rates use when they do not say (year over year).</summary>
        public PeriodKind? CallComparison { get; private set; }

        /// <summary>The period the last forward-looking sentence named.</summary>
        public FiscalPeriod? GuidancePeriod { get; set; }

        /// <summary>The period of the outlook being given ("our revised full year outlook", "the outlook for our first quarter"); wins over <see cref="GuidancePeriod"/>.</summary>
        public FiscalPeriod? OutlookPeriod { get; set; }

        /// <summary>The basis the current speaker set, carried across their paragraphs.</summary>
        public Basis TurnBasis { get; set; }

        /// <summary>A segment a heading sentence opened ("Finally, More Personal Computing."), for the rest of its paragraph.</summary>
        public string? ParagraphSegment { get; set; }

        /// <summary>The last comparison stated in this paragraph (sequentially, year over year).</summary>
        public PeriodMention? ParagraphComparison { get; set; }

        /// <summary>The previous sentence's subject, for "This represents a 5% increase".</summary>
        public MetricFamily? PreviousSubject { get; set; }

        public string? PreviousSubjectSegment { get; set; }

        /// <summary>Segment labels the call has used, so "grew 25% in enterprise" is seen to narrow a segment further.</summary>
        public HashSet<string> KnownSegments { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        /// <summary>A new turn; a speaker who set a basis earlier keeps speaking on it.</summary>
        public void StartTurn(Basis speakerBasis)
        {
            TurnBasis = speakerBasis;
            StartParagraph();
        }

        public void StartParagraph()
        {
            ParagraphSegment = null;
            ParagraphComparison = null;
            PreviousSubject = null;
            PreviousSubjectSegment = null;
        }

        /// <summary>The basis the sentence states next to position <paramref name="at"/>: the nearest GAAP / non-GAAP word, before it first.</summary>
        public static Basis StatedBasis(SentenceTokens s, int at, int window)
        {
            for (int k = at - 1; k >= 0 && k >= at - window; k--)
            {
                var b = BasisAt(s, k);
                if (b != Basis.Unspecified) return b;
            }
            for (int k = at + 1; k < s.Count && k <= at + window; k++)
            {
                var b = BasisAt(s, k);
                if (b != Basis.Unspecified) return b;
            }
            return Basis.Unspecified;
        }

        /// <summary>The one basis a sentence states, or unspecified when it states none or both.</summary>
        public static Basis SentenceBasis(SentenceTokens s)
        {
            var found = Basis.Unspecified;
            for (int k = 0; k < s.Count; k++)
            {
                var b = BasisAt(s, k);
                if (b == Basis.Unspecified) continue;
                if (found != Basis.Unspecified && found != b) return Basis.Unspecified;
                found = b;
            }
            return found;
        }

        private static Basis BasisAt(SentenceTokens s, int k)
        {
            if (!s[k].IsWord(Cues.Gaap)) return Basis.Unspecified;
            return k > 0 && s[k - 1].IsWord(Cues.Non) ? Basis.NonGaap : Basis.Gaap;
        }

        /// <summary>Reads call-wide defaults from a sentence without figures in it.</summary>
        public void ReadDefaults(SentenceTokens s, bool forward)
        {
            var basis = SentenceBasis(s);
            bool unlessOtherwise = false, refers = false, comparisons = false, corresponding = false, guidance = false, except = false;
            for (int k = 0; k < s.Count; k++)
            {
                int w = s[k].Kind == TokenKind.Word ? s[k].Word : Vocabulary.Unknown;
                if (w == Unless && k + 1 < s.Count && s[k + 1].IsWord(Otherwise)) unlessOtherwise = true;
                else if (w == Refer || w == Discuss) refers = true;
                else if (w == Comparisons) comparisons = true;
                else if (w == Corresponding) corresponding = true;
                else if (w == Except) except = true;
                else if (Vocabulary.Is(w, WordClass.OutlookNoun)) guidance = true;
            }
            if (basis == Basis.NonGaap && guidance && !except) GuidanceBasis = basis;
            else if (basis == Basis.NonGaap && guidance) GuidanceBasis = basis;
            if (basis != Basis.Unspecified && (unlessOtherwise || refers) && !guidance) CallBasis = basis;
            if (comparisons && (corresponding || unlessOtherwise))
            {
                // "relate to the corresponding period of last year" / "year over year unless otherwise noted"
                CallComparison = PeriodKind.YearAgo;
            }
            _ = forward;
        }

        /// <summary>
        /// The segment label right before a metric ("IPG revenue", "service provider revenue", "Office 365 commercial revenue"):
        /// capitalised words, digits inside names, and lower-case segment nouns, up to a stop word.
        /// </summary>
        public string? LabelBefore(SentenceTokens s, int first, int stopAt, HashSet<int> periodTokens)
        {
            int k = first - 1;
            int labelLast = k;
            int labelFirst = -1;
            while (k > stopAt && k >= first - 6)
            {
                var t = s[k];
                if (periodTokens.Contains(k)) break;
                if (t.Kind == TokenKind.Word && IsLabelWord(s, k))
                {
                    labelFirst = k;
                    k--;
                    continue;
                }
                if (t.Kind == TokenKind.Number && labelFirst == k + 1 && k > stopAt && IsNamePart(s, k))
                {
                    labelFirst = k;
                    k--;
                    continue;
                }
                // "Productivity and Business Processes", "products and cloud services"
                if (t.IsWord(Cues.And) && labelFirst == k + 1 && k - 1 > stopAt && s[k - 1].Kind == TokenKind.Word && IsLabelWord(s, k - 1))
                {
                    k--;
                    continue;
                }
                break;
            }
            if (labelFirst < 0) return null;
            // A hyphen ties a stop word into the label: "on-premises".
            if (labelFirst > stopAt + 1 && s[labelFirst].Hyphenated && s[labelFirst - 1].Kind == TokenKind.Word) labelFirst--;
            return Label(s, labelFirst, labelLast);
        }

        /// <summary>A label after a metric: "Revenue from Productivity and Business Processes", "revenue from the Intelligent Cloud segment", "sales in the SLT area".</summary>
        public string? LabelAfter(SentenceTokens s, int last, HashSet<int> periodTokens)
        {
            int k = last + 1;
            if (k >= s.Count || !(s[k].IsWord(Cues.From) || s[k].IsWord(Cues.In))) return null;
            k++;
            if (k < s.Count && s[k].IsWord(Cues.The)) k++;
            int first = k;
            int end = -1;
            while (k < s.Count && k < first + 6)
            {
                var t = s[k];
                if (periodTokens.Contains(k)) break;
                if (t.Kind == TokenKind.Word && t.Capital && !t.Has(WordClass.Stop)) end = k;
                else if (t.IsWord(Cues.And) && end == k - 1) { }
                else if (t.Kind == TokenKind.Number && end == k - 1 && IsNamePart(s, k)) end = k;
                else break;
                k++;
            }
            if (end < first) return null;
            return Label(s, first, end);
        }

        /// <summary>A label said as a sentence's opening scope: "In Gaming, …", "For iPad, …", "On the international side, …", "Turning to Services."</summary>
        public string? OpeningScope(SentenceTokens s, HashSet<int> periodTokens, bool wholeSentence)
        {
            int k = 0;
            while (k < s.Count && s[k].Kind == TokenKind.Word && (s[k].IsWord(Cues.And) || s[k].IsWord(Cues.Finally) || s[k].IsWord(Cues.Now))) k++;
            if (k < s.Count && s[k].Kind == TokenKind.Comma) k++;
            if (k >= s.Count || s[k].Kind != TokenKind.Word) return null;
            int w = s[k].Word;
            if (w == Cues.In || w == Cues.For || w == Cues.On || w == Cues.Within) k++;
            else if ((w == Cues.Turning || w == Cues.Moving || w == Cues.Starting) && k + 1 < s.Count && (s[k + 1].IsWord(Cues.To) || s[k + 1].IsWord(Cues.With))) k += 2;
            else if (w == Cues.With && k + 1 < s.Count && s[k + 1].IsWord(Cues.Regard) && k + 2 < s.Count && s[k + 2].IsWord(Cues.To)) k += 3;
            else if (!(wholeSentence && s[k].Capital)) return null;
            if (k < s.Count && (s[k].IsWord(Cues.The) || s[k].IsWord(Cues.Our))) k++;
            int first = k;
            int end = -1;
            while (k < s.Count)
            {
                var t = s[k];
                if (periodTokens.Contains(k)) return null;
                if (t.Kind == TokenKind.Word && (IsLabelWord(s, k) || (t.Word == Cues.Side || t.Word == Cues.Segment || t.Word == Cues.Business) && end >= first)) end = k;
                else if (t.IsWord(Cues.And) && end == k - 1) { }
                else if (t.Kind == TokenKind.Comma && end == k - 1 && wholeSentence) { }
                else if (t.Kind == TokenKind.Number && end == k - 1 && IsNamePart(s, k)) end = k;
                else break;
                k++;
            }
            if (end < first) return null;
            // The scope ends the sentence (a heading) or is followed by a comma (an opening phrase).
            bool closes = k >= s.Count || (s[k].Kind == TokenKind.Comma && !wholeSentence);
            if (!closes) return null;
            while (end > first && (s[end].IsWord(Cues.Side) || s[end].IsWord(Cues.Segment) || s[end].IsWord(Cues.Business))) end--;
            return Label(s, first, end);
        }

        private bool IsLabelWord(SentenceTokens s, int k)
        {
            var t = s[k];
            if (t.Kind != TokenKind.Word) return false;
            if (t.Has(WordClass.SegmentNoun)) return true;
            if (t.Has(WordClass.Stop) || t.Has(WordClass.Rise) || t.Has(WordClass.Fall) || t.Has(WordClass.Month)) return false;
            if (!t.Capital) return false;
            if (_companyName is not null && _companyName.IndexOf(s.Text.Substring(t.Start, t.End - t.Start), StringComparison.OrdinalIgnoreCase) >= 0) return false;
            return true;
        }

        // "Office 365", "Dynamics 365": a bare number inside a capitalised name.
        private static bool IsNamePart(SentenceTokens s, int k)
        {
            var n = s.NumberAt(k);
            return n.Kind == NumberKind.Plain && !n.Scaled && !n.IsYear && k > 0 && s[k - 1].Kind == TokenKind.Word && s[k - 1].Capital;
        }

        private string? Label(SentenceTokens s, int first, int last)
        {
            while (first <= last && (s[first].Kind != TokenKind.Word && s[first].Kind != TokenKind.Number)) first++;
            while (last >= first && (s[last].Kind != TokenKind.Word && s[last].Kind != TokenKind.Number || s[last].IsWord(Cues.And))) last--;
            if (last < first) return null;
            string label = s.Slice(first, last);
            if (_companyName is not null && label.Equals(_companyName, StringComparison.OrdinalIgnoreCase)) return null;
            return label;
        }
    }
}
