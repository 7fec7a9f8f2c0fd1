using System.Collections.Generic;

namespace TypedTranscripts.Figures
{
    /// <summary>Forward-looking sentences: what they look ahead to, and outlooks given as a direction without numbers.</summary>
    internal sealed partial class StatementReader
    {

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

        /// <summary>A forward-looking word before the number ("we expect revenue between …"), not one after it ("… was 58.2%, at the top of our guidance").</summary>
        private bool ForwardBefore(SentenceTokens s, int idx)
        {
            for (int k = idx - 1; k >= 0 && k >= idx - 40; k--)
            {
                var t = s[k];
                // "our forecast" is an outlook noun like "guidance"; "we forecast revenue of …" is an outlook verb.
                if (OutlookWordAt(s, k) && (!t.Has(WordClass.OutlookNoun) || t.IsWord(ForecastWord) && !ForecastNoun(s, k))) return true;
                if (t.Has(WordClass.WeakForward) && LeadsToOutcome(s, k)) return true;
                if (t.Kind == TokenKind.Word && PastVerbs.Contains(t.Word) && !ReportedAsAdjective(s, k)) return false;
            }
            return false;
        }
        /// <summary>An outlook verb or noun ("expect", "guidance", "assume") before the number, in its clause.</summary>
        private bool OutlookVerbBefore(SentenceTokens s, int idx)
        {
            for (int k = idx - 1; k >= 0 && k >= idx - 40; k--)
            {
                var t = s[k];
                if (OutlookWordAt(s, k)) return true;
                if (t.Kind == TokenKind.Word && PastVerbs.Contains(t.Word) && !ReportedAsAdjective(s, k)) return false;
            }
            return false;
        }

        private bool HasOutlookVerb(SentenceTokens s)
        {
            for (int k = 0; k < s.Count; k++)
            {
                if (OutlookWordAt(s, k)) return true;
            }
            return HedgedOutlook(s);
        }

        private static readonly int We = Vocabulary.Add("we", WordClass.Stop);
        private static readonly int I = Vocabulary.Add("i", WordClass.Stop);
        private static readonly int You = Vocabulary.Add("you", WordClass.Stop);
        private static readonly int That = Vocabulary.Add("that");
        private static readonly HashSet<int> HedgeVerbs = Ids("think", "believe");

        /// <summary>
        /// "We think services revenue will be down modestly again in the third quarter": the company's own view of what will
        /// happen is an outlook as "we expect" is; "I think you will see it come back" is talk about what others will see.
        /// </summary>
        private static bool HedgedOutlook(SentenceTokens s)
        {
            for (int k = 0; k + 2 < s.Count; k++)
            {
                if (!(s[k].IsWord(We) || s[k].IsWord(I)) || s[k + 1].Kind != TokenKind.Word || !HedgeVerbs.Contains(s[k + 1].Word)) continue;
                int j = k + 2;
                if (s[j].IsWord(That)) j++;
                if (j < s.Count && s[j].IsWord(You)) return false;
                for (int end = System.Math.Min(s.Count, j + 10); j < end; j++)
                {
                    if (s[j].Has(WordClass.WeakForward) && LeadsToOutcome(s, j)) return true;
                    if (s[j].Kind != TokenKind.Word) break;
                }
            }
            return false;
        }

        private static readonly int Reported = Vocabulary.Add("reported");
        private static readonly int IsWord = Vocabulary.Add("is");
        private static readonly int AreWord = Vocabulary.Add("are");
        private static readonly int It = Vocabulary.Add("it");
        private static readonly int BasisNoun = Vocabulary.Add("basis");

        // "we expect reported net sales to be down 3% to 4%": "reported" names the measure, it does not say the past.
        private static bool ReportedAsAdjective(SentenceTokens s, int k) =>
            s[k].IsWord(Reported) && k + 1 < s.Count && (s[k + 1].Has(WordClass.MetricStart) || s[k + 1].IsWord(BasisNoun));

        private bool IsForward(SentenceTokens s)
        {
            for (int k = 0; k < s.Count; k++)
            {
                if (OutlookWordAt(s, k)) return true;
                if (s[k].Has(WordClass.WeakForward) && LeadsToOutcome(s, k)) return true;
            }
            return false;
        }

        private static readonly int ForecastWord = Vocabulary.Add("forecast");
        private static readonly int ForecastingWord = Vocabulary.Add("forecasting");
        private static readonly int ThatWord = Vocabulary.Add("that");
        private static readonly HashSet<int> Determiners = Ids("our", "the", "a", "an", "this", "its", "their", "your", "my");
        private readonly TokenMarks _forecastActivity = new TokenMarks();
        private static readonly HashSet<int> PlanWords = Ids("plan", "plans", "planning");

        /// <summary>An outlook word at <paramref name="k"/>: "expect", "guidance", "forecast" said of a quantity, not of the activity.</summary>
        private bool OutlookWordAt(SentenceTokens s, int k) => s[k].Has(WordClass.Forward) && !_forecastActivity.Contains(k);

        /// <summary>
        /// Marks "forecast" and "forecasting" said of the activity ("we forecast demand conservatively", "our forecasting
        /// process", "we have forecast carefully"): such a sentence does not look ahead for them. "Forecasting" and the verb
        /// "forecast" look ahead only with a quantity as their object ("we forecast revenue of $320 million", "we are forecasting
        /// a slight increase in operating expenses", "we forecast that Cloud revenue will …"); the noun ("our forecast", "the
        /// forecast for the year") is an outlook noun like "guidance". Returns true when it marked one.
        /// </summary>
        private bool MarkForecastActivity(SentenceTokens s)
        {
            bool marked = false;
            for (int k = 0; k < s.Count; k++)
            {
                bool forecast = s[k].IsWord(ForecastWord) && !ForecastNoun(s, k) || s[k].IsWord(ForecastingWord);
                // "plan" looks ahead only as a verb with a quantity as its object: "we plan capital expenditures of …", "we're
                // planning for a tax rate of about 24%"; never the noun ("in line with our plan", "the plan we laid out").
                bool plan = PlanWords.Contains(s[k].Word) && s[k].Kind == TokenKind.Word;
                if (plan && !ForecastNoun(s, k) && ForecastsQuantity(s, k)) continue;
                if (!plan && (!forecast || ForecastsQuantity(s, k))) continue;
                _forecastActivity.Add(k);
                marked = true;
            }
            return marked;
        }

        // "our forecast", "the updated forecast": the noun.
        private static bool ForecastNoun(SentenceTokens s, int k) =>
            k >= 1 && s[k - 1].Kind == TokenKind.Word && Determiners.Contains(s[k - 1].Word)
            || k >= 2 && s[k - 2].Kind == TokenKind.Word && Determiners.Contains(s[k - 2].Word) && s[k - 1].Kind == TokenKind.Word && !s[k - 1].Has(WordClass.Stop);

        /// <summary>The object of "forecast" at <paramref name="k"/> is a quantity: a metric, a number or a direction, after "that", articles, hedges, periods and names.</summary>
        private bool ForecastsQuantity(SentenceTokens s, int k)
        {
            for (int j = k + 1, seen = 0; j < s.Count && seen < 6; j++)
            {
                if (_periodTokens.Contains(j)) continue;
                var t = s[j];
                if (t.Kind == TokenKind.Number || MentionStartingAt(j) >= 0) return true;
                if (t.Kind != TokenKind.Word) return false;
                if (t.Has(WordClass.Rise) || t.Has(WordClass.Fall) || FlatWords.Contains(t.Word)) return true;
                // "we forecast it to grow"
                if (t.Has(WordClass.Anaphor) && !t.IsWord(ThatWord)) return j + 1 < s.Count && s[j + 1].IsWord(Cues.To);
                seen++;
                if (t.IsWord(ThatWord) || t.Has(WordClass.Filler) || t.Has(WordClass.Qualifier) || t.IsWord(Cues.Our) || t.IsWord(Cues.For)
                    || t.Capital || t.Has(WordClass.SegmentNoun)) continue;
                return false;
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


        /// <summary>The verb of a revision, or -1.</summary>
        /// <summary>Finds "raising our revenue guidance", "lowering our capital expenditures outlook": each verb with the outlook noun it revises.</summary>
        private void FindRevisions(SentenceTokens s)
        {
            _revisions.Clear();
            for (int k = 0; k < s.Count; k++)
            {
                if (!s[k].Has(WordClass.Revision)) continue;
                // the object of the verb, up to the outlook noun: "raising our hosting revenue and adjusted EBITDA guidance for the year"
                for (int j = k + 1; j < s.Count && j <= k + 10; j++)
                {
                    var t = s[j];
                    if (t.Has(WordClass.OutlookNoun))
                    {
                        _revisions.Add((k, j));
                        break;
                    }
                    // "raising our adjusted EPS outlook", "our non-GAAP operating margin guidance"
                    bool objectWord = t.Kind == TokenKind.Comma || t.IsWord(Cues.Our) || t.IsWord(Cues.The) || t.IsWord(Cues.And) || t.IsWord(Cues.Total)
                        || t.IsWord(AdjustedWord) || t.IsWord(Cues.Gaap) || t.IsWord(Cues.Non)
                        || _periodTokens.Contains(j) || InMention(j) || t.Kind == TokenKind.Word && (t.Capital || t.Has(WordClass.SegmentNoun) || t.Word == Vocabulary.Unknown);
                    if (!objectWord) break;
                }
            }
        }

        /// <summary>
        /// "we are narrowing adjusted EPS to $6.10 to $6.30", "raising full-year revenue to about $2.4 billion": a revision verb in
        /// its -ing form, a named quantity as its object and "to" a number. The past form ("we raised prices to …") reports.
        /// </summary>
        private bool RevisesQuantityToLevel(SentenceTokens s)
        {
            for (int k = 0; k + 3 < s.Count; k++)
            {
                var t = s[k];
                if (!t.Has(WordClass.Revision) || t.End - t.Start < 4 || string.CompareOrdinal(s.Text, t.End - 3, "ing", 0, 3) != 0) continue;
                bool named = false;
                for (int j = k + 1; j < s.Count && j <= k + 8; j++)
                {
                    var u = s[j];
                    if (InMention(j))
                    {
                        named = true;
                        continue;
                    }
                    if (u.IsWord(Cues.To))
                    {
                        int n = j + 1;
                        if (n < s.Count && s[n].Has(WordClass.Qualifier)) n++;
                        if (named && n < s.Count && s[n].Kind == TokenKind.Number) return true;
                        break;
                    }
                    if (!(u.IsWord(Cues.Our) || u.IsWord(Cues.The) || u.IsWord(AdjustedWord) || u.IsWord(Cues.Gaap) || u.IsWord(Cues.Non)
                        || _periodTokens.Contains(j) || u.Kind == TokenKind.Word && u.Has(WordClass.Filler))) break;
                }
            }
            return false;
        }

        /// <summary>The revision verb nearest before token <paramref name="k"/>, or -1.</summary>
        private int RevisionBefore(int k)
        {
            int verb = -1;
            foreach (var (v, _) in _revisions)
            {
                if (v < k) verb = v;
            }
            return verb;
        }

        /// <summary>The direction a revision gives a metric it names ("raising our revenue guidance") or that opens its clause ("As for CapEx, we are trimming …").</summary>
        private int RevisionSign(SentenceTokens s, int m)
        {
            var mention = _mentions[m];
            foreach (var (verb, noun) in _revisions)
            {
                if (mention.First > verb && mention.Last < noun) return Cues.Sign(s[verb].Word);
            }
            if (_revisions.Count > 0 && mention.Last < _revisions[0].Verb && !MentionBetweenIndex(m, _revisions[0].Verb)) return Cues.Sign(s[_revisions[0].Verb].Word);
            return 0;
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


        /// <summary>"we expect operating expenses to increase", "a flat share count", "raising our revenue guidance for the year".</summary>
        private void ReadDirections(SentenceTokens s, bool forward, FiscalPeriod? focus)
        {
            var period = ExplicitFuturePeriod() ?? (forward ? focus : null) ?? _scope.OutlookPeriod ?? _scope.GuidancePeriod;
            for (int m = 0; m < _mentions.Count; m++)
            {
                if (_mentionBlocked[m]) continue;
                bool attached = AttachedToNumber(m);
                var mention = _mentions[m];
                var direction = Direction.None;
                bool ambiguous = false;
                int revisionSign = RevisionSign(s, m);
                if (revisionSign != 0) direction = revisionSign > 0 ? Direction.Up : Direction.Down;
                else if (forward) direction = DirectionAround(s, mention, _mentionLabelFirst[m], out ambiguous);
                if (direction == Direction.None && !ambiguous) continue;
                // "gross margins … to be roughly flat …, within our range of 58% to 60%": the direction joins the numbers.
                if (attached)
                {
                    MergeDirection(mention.Family, _mentionSegments[m], direction);
                    continue;
                }
                var draft = new Draft
                {
                    Kind = StatementKind.Guidance,
                    Metric = mention.Family.LevelMetric,
                    Segment = _mentionSegments[m] ?? _opening ?? (_subject is { } subject && subject.Last < mention.First ? SubjectSegment : null)
                        ?? (_scope.InSegmentReview ? _scope.ReviewedSegment : null) ?? _scope.HeadingSegment,
                    Direction = direction,
                    Offset = s[mention.First].Start,
                    Unit = UnitOf(mention.Family.LevelUnit),
                };
                NormaliseServiceAndProduct(draft);
                draft.Basis = ScopeTracker.StatedBasis(s, mention.First, 20);
                if (draft.Basis == Basis.Unspecified) draft.Basis = CarriedGuidanceBasis(draft.Metric);
                if (ambiguous) draft.Problem = "the direction (" + s.Slice(mention.Last + 1, System.Math.Min(s.Count - 1, mention.Last + 4)) + ") is a range of directions";
                else if (period is null) draft.Problem = "an outlook without a period";
                draft.Period = period;
                // "high single-digit revenue growth" over the long term is the long-term growth rate, as numbers there are.
                if (period is { Kind: FiscalPeriodKind.LongTerm } && draft.Metric == "Revenue" && direction == Direction.Up)
                {
                    draft.Metric = "RevenueGrowth";
                    draft.Unit = QuantityUnit.Percent;
                }
                MergeOrAdd(s, draft);
            }
            // "Cloud and Data Services should keep growing double digits", "In Printing, … to drive growth":
            // a named line of business with a direction and no metric said is its revenue.
            // In answers, only a line of business the call already reported counts: "Activity is picking up" is no segment.
            if (forward && !HasQuantities(s) && !AnyMention() && ((SubjectSegment is not null ? _subject : null) ?? OpeningLabel(s)) is { } label
                && LabelDirection(s, label.Last) is var labelDirection
                && labelDirection != Direction.None && (!InAnswers || _scope.KnownSegments.Contains(label.Text)))
            {
                AddSegmentRevenueDirection(s, label.Text, labelDirection, s[label.First].Start, period);
            }
            if (forward && !HasQuantities(s) && HasOutlookVerb(s))
            {
                ReadSegmentDirections(s, period);
                ReadBareMarginDirections(s, period);
            }
            if (forward && !HasQuantities(s) && !AnyMention()) ReadPronounDirection(s, period);
            // "lowering our AFFO guidance by $20 million or $0.06 on a per share basis"
            for (int i = 0; i < _readings.Count; i++)
            {
                var r = _readings[i];
                if (r.Role != Role.Revision && !(r.Chained && r.Mention >= 0 && i > 0 && _readings[i - 1].Role == Role.Revision)) continue;
                int verb = RevisionBefore(r.Token);
                int revisionSign = verb >= 0 ? Cues.Sign(s[verb].Word) : 0;
                if (revisionSign == 0 || r.Metric is null || InAnswers && r.QualifierFirst >= 0) continue;
                var draft = new Draft
                {
                    Kind = StatementKind.Guidance,
                    Metric = r.Metric,
                    Segment = r.Mention >= 0 ? _mentionSegments[r.Mention] : null,
                    Direction = revisionSign > 0 ? Direction.Up : Direction.Down,
                    Offset = s[r.Token].Start,
                    Unit = s.NumberAt(r.Token).Kind == NumberKind.Money && r.Metric.EndsWith("PerShare", System.StringComparison.Ordinal) ? QuantityUnit.UsdPerShare : QuantityUnit.Usd,
                    Period = period,
                    Basis = CarriedGuidanceBasis(r.Metric),
                };
                if (period is null) draft.Problem = "an outlook without a period";
                MergeOrAdd(s, draft);
            }
        }

        /// <summary>
        /// "By end market, we expect Data Center to grow sequentially again, Automotive to be roughly flat, and Industrial to be
        /// up modestly", "We expect Automotive to return to growth in the fourth quarter", "we think Marine will be down
        /// modestly": each line of business the call has reported, named before "to" (or "will", "should") and a direction,
        /// is that line's revenue outlook.
        /// </summary>
        private void ReadSegmentDirections(SentenceTokens s, FiscalPeriod? period)
        {
            if (_scope.KnownSegments.Count == 0) return;
            for (int k = 0; k < s.Count; k++)
            {
                if (s[k].Kind != TokenKind.Word || !s[k].Capital || InMention(k)) continue;
                int last = -1;
                for (int j = k; j < s.Count && j <= k + 3 && s[j].Kind == TokenKind.Word; j++)
                {
                    if (_scope.KnownSegments.Contains(s.Slice(k, j))) last = j;
                }
                // "we expect Automotive to …", "we think Europe will be down modestly again"
                if (last < 0 || last + 1 >= s.Count || !(s[last + 1].IsWord(Cues.To) || s[last + 1].Has(WordClass.WeakForward) && LeadsToOutcome(s, last + 1))) continue;
                var direction = DirectionWordIn(s, last + 2, last + 9);
                if (direction == Direction.None) continue;
                AddSegmentRevenueDirection(s, s.Slice(k, last), direction, s[k].Start, period);
                k = last + 1;
            }
        }

        /// <summary>The first direction word ("grow", "decline", "flat") among the words from <paramref name="first"/> to <paramref name="last"/>, up to the first non-word.</summary>
        private static Direction DirectionWordIn(SentenceTokens s, int first, int last)
        {
            for (int j = first; j < s.Count && j <= last && s[j].Kind == TokenKind.Word; j++)
            {
                if (FlatWords.Contains(s[j].Word)) return Direction.Flat;
                if (Cues.Sign(s[j].Word) is var sign && sign != 0) return sign > 0 ? Direction.Up : Direction.Down;
            }
            return Direction.None;
        }

        private static readonly int MarginWord = Vocabulary.Add("margin");
        private static readonly int AdjustedWord = Vocabulary.Add("adjusted");
        private static readonly int MarginsWord = Vocabulary.Add("margins");

        /// <summary>
        /// "Intermodal operating margin was 9.4%. We expect Intermodal margins to improve again next year": "margins" said
        /// bare is the margin the previous sentence was about, else, after a line of business the call has reported, that
        /// line's operating margin (the margin segments report).
        /// </summary>
        private void ReadBareMarginDirections(SentenceTokens s, FiscalPeriod? period)
        {
            for (int k = 0; k + 1 < s.Count; k++)
            {
                if (!(s[k].IsWord(MarginWord) || s[k].IsWord(MarginsWord)) || InMention(k)) continue;
                if (!(s[k + 1].IsWord(Cues.To) || s[k + 1].Has(WordClass.WeakForward) && LeadsToOutcome(s, k + 1))) continue;
                string? segment = null;
                for (int j = k - 1; j >= 0 && j >= k - 4 && s[j].Kind == TokenKind.Word; j--)
                {
                    if (s[j].Capital && _scope.KnownSegments.Contains(s.Slice(j, k - 1))) segment = s.Slice(j, k - 1);
                }
                string? metric = null;
                if (_scope.PreviousSubject is { Percent: { } previous } && previous.EndsWith("Margin", System.StringComparison.Ordinal)
                    && (segment is null || segment.Equals(_scope.PreviousSubjectSegment, System.StringComparison.OrdinalIgnoreCase)))
                {
                    metric = previous;
                    segment ??= _scope.PreviousSubjectSegment;
                }
                else if (segment is not null) metric = "OperatingMargin";
                if (metric is null) continue;
                var direction = DirectionWordIn(s, k + 2, k + 8);
                if (direction == Direction.None) continue;
                var draft = new Draft
                {
                    Kind = StatementKind.Guidance,
                    Metric = metric,
                    Segment = segment,
                    Direction = direction,
                    Offset = s[k].Start,
                    Unit = QuantityUnit.Percent,
                    Period = period,
                    Basis = ScopeTracker.StatedBasis(s, k, 20) is var stated && stated != Basis.Unspecified ? stated : CarriedGuidanceBasis(metric),
                };
                if (period is null) draft.Problem = "an outlook without a period";
                MergeOrAdd(s, draft);
            }
        }

        /// <summary>A line of business said to grow, shrink or hold: its revenue's outlook, as a direction.</summary>
        private void AddSegmentRevenueDirection(SentenceTokens s, string segment, Direction direction, int offset, FiscalPeriod? period)
        {
            var draft = new Draft
            {
                Kind = StatementKind.Guidance,
                Metric = "Revenue",
                Segment = segment,
                Direction = direction,
                Offset = offset,
                Unit = QuantityUnit.Usd,
                Period = period,
                Basis = CarriedGuidanceBasis("Revenue"),
            };
            NormaliseServiceAndProduct(draft);
            if (period is null) draft.Problem = "an outlook without a period";
            MergeOrAdd(s, draft);
        }

        /// <summary>
        /// "International segment operating profit was up 6% in constant currency. We expect it to be down slightly for the
        /// year": an outlook verb, "it" and a direction give the previous sentence's subject an outlook.
        /// </summary>
        private void ReadPronounDirection(SentenceTokens s, FiscalPeriod? period)
        {
            if (_scope.PreviousSubject is not { } family) return;
            for (int k = 0; k + 2 < s.Count; k++)
            {
                if (!OutlookWordAt(s, k) || !s[k + 1].IsWord(It) || !s[k + 2].IsWord(Cues.To)) continue;
                var direction = DirectionWordIn(s, k + 3, k + 8);
                if (direction == Direction.None) return;
                var draft = new Draft
                {
                    Kind = StatementKind.Guidance,
                    Metric = family.LevelMetric,
                    Segment = _scope.PreviousSubjectSegment,
                    Direction = direction,
                    Offset = s[k + 1].Start,
                    Unit = UnitOf(family.LevelUnit),
                    Period = period,
                    Basis = CarriedGuidanceBasis(family.LevelMetric),
                };
                NormaliseServiceAndProduct(draft);
                if (period is null) draft.Problem = "an outlook without a period";
                MergeOrAdd(s, draft);
                return;
            }
        }

        private bool MergeDirection(MetricFamily family, string? segment, Direction direction)
        {
            bool merged = false;
            foreach (var existing in _sentenceDrafts)
            {
                if (existing.Kind == StatementKind.Guidance && existing.Segment == segment
                    && (existing.Metric == family.LevelMetric || existing.Metric == family.Percent || existing.Metric == family.Money || existing.Metric == family.Growth))
                {
                    if (existing.Direction == Direction.None) existing.Direction = direction;
                    merged = true;
                }
            }
            return merged;
        }

        // "driven by Contoso 365 and Model 3": numbers inside names are no quantities.
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

        /// <summary>A future period that names an outlook: "our updated full year outlook", "the outlook for our second quarter".</summary>
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

        /// <summary>
        /// A future period an outlook verb gives its metric: "we now expect full-year 2022 revenue in the range of …", "we expect
        /// fiscal 2025 adjusted EPS of …". The outlook is for that period, as "our outlook for fiscal 2025" says.
        /// </summary>
        private FiscalPeriod? ExpectedPeriod(SentenceTokens s)
        {
            for (int k = 0; k + 1 < s.Count; k++)
            {
                if (!s[k].Has(WordClass.Forward) || s[k].Has(WordClass.OutlookNoun)) continue;
                int j = k + 1;
                while (j < s.Count && (s[j].IsWord(Cues.Our) || s[j].IsWord(Cues.The))) j++;
                foreach (var p in _periods)
                {
                    if (p.First != j) continue;
                    if (p.Kind != PeriodKind.Explicit || p.Comparison || !_calendar.IsFuture(p.Period)) return null;
                    int after = p.Last + 1;
                    if (after < s.Count && (s[after].IsWord(AdjustedWord) || s[after].IsWord(Cues.Total))) after++;
                    return after < s.Count && MentionStartingAt(after) >= 0 ? p.Period : null;
                }
                return null;
            }
            return null;
        }

        /// <summary>A future period the sentence opens with as its scope: "For the full year 2026, …", "And in the third quarter, …".</summary>
        private FiscalPeriod? OpeningFuturePeriod(SentenceTokens s)
        {
            int k = 0;
            while (k < s.Count && (s[k].IsWord(Cues.And) || s[k].IsWord(Cues.Now) || s[k].Kind == TokenKind.Comma)) k++;
            if (k >= s.Count || !(s[k].IsWord(Cues.For) || s[k].IsWord(Cues.In))) return null;
            k++;
            while (k < s.Count && (s[k].IsWord(Cues.The) || s[k].IsWord(Cues.Our))) k++;
            foreach (var p in _periods)
            {
                if (p.First == k) return p.Kind == PeriodKind.Explicit && !p.Comparison && _calendar.IsFuture(p.Period) ? p.Period : null;
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
            // "… to decline by high single digits, and to fall below 6% of total revenue over time": a share of revenue is
            // another quantity, and leaves the direction standing alone.
            foreach (var r in _readings)
            {
                if (r.Mention == m && r.Role != Role.Skip && r.Role != Role.Revision && !r.ShareOfTotal) return true;
                // "to grow 4% to 6% in constant currency": the direction is that other measure's.
                if (r.OtherMeasure && r.Token > _mentions[m].Last && r.Token - _mentions[m].Last <= 8 && !OpenMentionBetween(_mentions[m].Last, r.Token)) return true;
            }
            return false;
        }

        /// <summary>Direction words next to a metric in an outlook: "a slight increase in operating margins", "to be roughly flat", "should continue to grow".</summary>
        private Direction DirectionAround(SentenceTokens s, MetricMention mention, int labelFirst, out bool ambiguous)
        {
            ambiguous = false;
            // before: "increase in X", "a flat X", "higher X", "growth in our hosting and data services revenue"
            for (int k = labelFirst - 1, seen = 0; k >= 0; k--)
            {
                var t = s[k];
                if (t.Kind != TokenKind.Word && t.Kind != TokenKind.Comma) break;
                // "steady improvement in each hosting service, as well as in the overall …", "increase our spending in CapEx"
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
            // after: "to increase", "to be roughly flat", "to be up slightly", "should keep growing double digits"
            bool linked = false;
            for (int k = mention.Last + 1, seen = 0; k < s.Count && seen < 7; k++)
            {
                var t = s[k];
                if (_periodTokens.Contains(k)) continue;
                if (t.Kind != TokenKind.Word) break;
                if (MentionStartingAt(k) >= 0) break;
                // "a share count roughly flat with the second quarter": flat right after the metric, with only a hedge between.
                bool nextToMention = k == mention.Last + 1 || k == mention.Last + 2 && s[k - 1].Has(WordClass.Qualifier);
                if (FlatWords.Contains(t.Word) && (linked || nextToMention))
                {
                    if (k + 2 < s.Count && s[k + 1].IsWord(Cues.To) && Cues.Sign(s[k + 2].Word) != 0) ambiguous = true;
                    return ambiguous ? Direction.None : Direction.Flat;
                }
                int sign = Cues.Sign(t.Word);
                if (sign != 0 && linked) return sign > 0 ? Direction.Up : Direction.Down;
                // "we expect high-single-digit revenue growth"
                if (t.IsWord(Cues.Growth) && k == mention.Last + 1 && ExpectBefore(s, labelFirst)) return Direction.Up;
                // "our guidance assumes that China revenue is roughly flat": in an outlook, "is" links too.
                bool linking = t.IsWord(Cues.To) || t.IsWord(Cues.Be) || t.IsWord(Remain) || t.IsWord(Continue) || t.Has(WordClass.WeakForward)
                    || (t.IsWord(IsWord) || t.IsWord(AreWord)) && k == mention.Last + 1;
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

        private bool ExpectBefore(SentenceTokens s, int first)
        {
            for (int k = first - 1; k >= 0 && k >= first - 6; k--)
            {
                if (s[k].Has(WordClass.Effect)) return false; // "no impact to full year revenue growth"
                if (OutlookWordAt(s, k)) return true;
            }
            // "Over the long term, our model calls for high single-digit EPS growth"
            return HasLongTerm();
        }

        private bool HasLongTerm()
        {
            foreach (var p in _periods)
            {
                if (p.Kind == PeriodKind.Explicit && !p.Comparison && p.Period.Kind == FiscalPeriodKind.LongTerm) return true;
            }
            return false;
        }

        private static readonly HashSet<int> TargetWords = Ids("target", "targets", "targeted", "targeting", "goal", "goals", "aspiration", "aspirations",
            "objective", "objectives", "model", "framework", "algorithm", "ambition", "ambitions");

        /// <summary>
        /// Finds the long-term horizon of a target: "the fiscal 2027 targets we set out at our investor day", "we continue to target
        /// EPS of $3.50 in 2028". A target for a year after the next fiscal year is a long-term target (the corpus files such
        /// targets as long-term), and its year becomes that horizon. True when the sentence states a long-term horizon.
        /// </summary>
        private bool HorizonTargets(SentenceTokens s)
        {
            if (_periods.Count == 0) return false;
            bool horizon = false, target = false, checkedTargets = false;
            for (int i = 0; i < _periods.Count; i++)
            {
                var p = _periods[i];
                if (p.Kind != PeriodKind.Explicit || p.Comparison) continue;
                if (p.Period.Kind == FiscalPeriodKind.LongTerm)
                {
                    horizon = true;
                    continue;
                }
                if (p.Period.Kind != FiscalPeriodKind.FiscalYear || _calendar.Quarter is not { } q || p.Period.Year < q.Year + 2) continue;
                if (!checkedTargets)
                {
                    checkedTargets = true;
                    for (int k = 0; k < s.Count && !target; k++) target = s[k].Kind == TokenKind.Word && TargetWords.Contains(s[k].Word);
                }
                if (!target) continue;
                p.Period = FiscalPeriod.LongTerm;
                _periods[i] = p;
                horizon = true;
            }
            return horizon;
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

        /// <summary>The basis guidance was said to be given on, for metrics that have GAAP and non-GAAP versions.</summary>
        private Basis CarriedGuidanceBasis(string? metric) =>
            MetricLexicon.FollowsDeclaredBasis(metric) && !(metric is not null && _scope.GuidanceBasisExceptions.Contains(metric)) ? _scope.GuidanceBasis : Basis.Unspecified;
    }
}
