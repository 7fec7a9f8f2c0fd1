using System;
using System.Collections.Generic;

namespace TypedTranscripts.Figures
{
    /// <summary>Statements from numbers: segment, basis, period, compared period, and whether it is a figure, a change or an outlook.</summary>
    internal sealed partial class StatementReader
    {

        private void MakeDraft(SentenceTokens s, int index, bool forward, FiscalPeriod? focus, bool anaphoric)
        {
            var r = _readings[index];
            if (r.Role == Role.Skip || r.Role == Role.Revision) return;
            var n = s.NumberAt(r.Token);
            // An executive's outlook in an answer is hedged as often as not ("we expect about $900 million for the year"):
            // after an outlook verb it stays; "you'll see it go from about 5% to about 8%" is still talk.
            bool hedgedInAnswer = InAnswers && (r.QualifierFirst >= 0 || n.Plus);
            if (hedgedInAnswer && forward && !OutlookVerbBefore(s, r.Token)) return;
            // A hedged past number in an answer counts only as the level a verb states: "backlog ended the quarter at about
            // $140 million", "China is about 6% of revenue"; not "leverage of around 3 times", "$1.2 billion remaining".
            if (hedgedInAnswer && !forward && !StatedLevelInAnswer(s, index)) return;
            if (OrganicBesideReported(s, index)) return;
            if (r.Metric is null)
            {
                // "Together these charges represent about $0.05 per diluted share", "… was $12 billion": stated as a figure, of no metric named.
                if (!InAnswers && (n.Kind == NumberKind.PerShare || n.Kind == NumberKind.Money && n.Scaled) && r.Role == Role.Level && r.OwnCue && !r.NamesOther
                    && r.Part != 1 && LevelVerbBefore(s, r))
                    Add(s, Unresolved(s, r, "no metric is named for this amount"));
                return;
            }
            // "R&D was $35 million, or 11% of revenue": a cost's share of revenue is no metric; a profit's is its margin.
            bool margin = r.Mention >= 0 && r.Metric == _mentions[r.Mention].Family.Margin;
            if (r.ShareOfTotal && r.Mention >= 0 && _mentions[r.Mention].Family.Percent is null && r.Metric != _mentions[r.Mention].Family.Mix && !margin) return;
            // "our board authorized an additional $1 billion for repurchases", "$1.2 billion remaining on our authorization": capacity, not spending.
            if (r.Metric == "ShareRepurchaseAmount" && IsAuthorization(s, r.Token)) return;
            // "customers with more than $100,000 in annual recurring revenue": a size of customer, not the company's amount.
            if (n.Kind == NumberKind.Money && AfterCustomersWith(s, r)) return;
            // "$1 of gross margin": company amounts come with a scale; small bare dollars are prices or examples.
            if (n.Kind == NumberKind.Money && !n.Scaled && n.Value < 1000 && SetUnitIsMoney(r.Metric)) return;
            if (r.ShareOfTotal && r.Mention >= 0 && _mentions[r.Mention].Family.Percent is null && _mentionSegments[r.Mention] is null && !margin) return;

            var draft = new Draft
            {
                Metric = r.Metric,
                Offset = s[r.Token].Start,
                Qualifier = r.QualifierFirst >= 0 ? s.Slice(r.QualifierFirst, r.Token - 1) : null,
            };
            SetUnit(draft, n, r);
            bool loss = r.Mention >= 0 && _mentions[r.Mention].Family.IsLoss;
            if (loss && r.Role == Role.Change) return;
            decimal value = n.Value * (r.Negative || loss || n.Negative ? -1 : 1);
            decimal? high = n.High;
            if (r.Role == Role.Change && r.Sign < 0)
            {
                value = -value;
                high = -high;
            }

            // segment: a list label ("North America at 48%"), the metric's own label, an opening scope, a heading, the previous subject
            string? segment = r.Segment;
            if (segment is null && draft.Metric == "RevenueMix") segment = ListLabel(s, index);
            if (segment is null && r.Mention >= 0) segment = _mentionSegments[r.Mention];
            string? narrower = LabelAfterNumber(s, r.Token);
            if (r.Part > 0 && r.Role == Role.Level)
            {
                // "NPG product revenue includes $14 million of our Falcon products": the part is its own segment of revenue.
                string? part = PartLabel(s, r.Token);
                if (part is not null)
                {
                    segment = part;
                    if (r.Mention >= 0 && IsRevenue(_mentions[r.Mention].Family)) draft.Metric = "Revenue";
                }
                // "net income was $41 million, which includes $8 million of pre-tax costs related to …": an item inside the whole, not the whole.
                else if (r.Part == 1 && r.NamesOther) return;
                else if (r.Part == 2 && segment is null)
                {
                    // "our new lines, which contributed $90 million in product revenue": a part whose owner has no segment name.
                    Add(s, Unresolved(s, r, draft, "a part of " + draft.Metric + " without a named segment"));
                    return;
                }
            }
            segment ??= _opening ?? (_subject is { } subject && (r.Mention < 0 || _mentions[r.Mention].First > subject.Last) ? SubjectSegment : null)
                ?? (_scope.InSegmentReview ? _scope.ReviewedSegment : null) ?? _scope.HeadingSegment
                ?? (r.Mention >= 0 && r.Mention == _topicMention ? _scope.TopicSegment : null);
            if (segment is null && anaphoric) segment = _scope.PreviousSubjectSegment;
            // "FX lowered revenue growth by 3 points": a move in a growth rate, not in the metric.
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
            // "Segment margin was 16.0%" with no segment named before it: which segment, or the sum of them, is not said.
            if (segment is null && r.Mention >= 0 && _mentions[r.Mention].Family == MetricLexicon.SegmentMargin)
            {
                Add(s, Unresolved(s, r, draft, "a segment margin without a named segment"));
                return;
            }
            draft.Segment = segment;
            NormaliseServiceAndProduct(draft);

            draft.Basis = ScopeTracker.StatedBasis(s, r.Token, 20);
            if (draft.Basis == Basis.Unspecified && MetricLexicon.HasGaapVersions(draft.Metric))
                draft.Basis = _scope.TurnBasis != Basis.Unspecified ? _scope.TurnBasis : _scope.CallBasis;
            else if (draft.Basis == Basis.Unspecified && MetricLexicon.FollowsDeclaredBasis(draft.Metric)) draft.Basis = _scope.CallBasis;

            // "our board approved a 9% increase in the quarterly dividend, to $0.24 per share": the dividend the board declares
            // is a figure of the quarter it is declared in, as a declared "dividend of $0.26 per share" is; its rise is no
            // change of this quarter (the compared dividend is not said).
            if (draft.Metric == "Dividend" && DeclaresDividend(s))
            {
                if (r.Role == Role.Change) return;
                int before = (r.QualifierFirst >= 0 ? r.QualifierFirst : r.Token) - 1;
                if (r.Role == Role.Level && before >= 0 && s[before].IsWord(Cues.To) && _calendar.Quarter is { } current && !n.IsRange)
                {
                    draft.Kind = StatementKind.Figure;
                    draft.Period = current;
                    draft.Low = value;
                    Add(s, draft);
                    return;
                }
            }

            // period; "we expect revenue of $655 million to $675 million, compared with $611 million a year ago": the outlook's year-ago period
            _yearAgoOf = r.Role == Role.Prior && forward ? OutlookPeriodBefore(draft.Metric) : null;
            _outlookSentence = forward;
            var period = StatementPeriod(s, r, focus, out string? periodProblem);
            _outlookSentence = false;
            _yearAgoOf = null;
            bool explicitPeriod = period is not null;
            if (periodProblem is not null)
            {
                Add(s, Unresolved(s, r, draft, periodProblem));
                return;
            }
            bool statedPrior = r.Role == Role.Prior && period is not null;
            if (r.Role == Role.Prior && period is null)
            {
                var comparison = ComparisonFor(s, r.Token);
                statedPrior = comparison is { } c && !c.CallDefault;
                if (comparison is null || CompareTo(comparison.Value, _carried ?? _calendar.Quarter) is not { } prior)
                {
                    Add(s, Unresolved(s, r, draft, "the compared period is not stated"));
                    return;
                }
                period = prior;
                explicitPeriod = true;
            }
            bool future = period is { } p0 && _calendar.IsFuture(p0);
            // "raising our free cash flow outlook by $25 million at the midpoint, to a range of $640 million to $680 million"
            bool guidance = future || (!explicitPeriod && (forward && ForwardBefore(s, r.Token) || RevisionBefore(r.Token) >= 0));
            if (hedgedInAnswer && !guidance && forward) return;
            // "the quarter" is the outlook's quarter in an outlook, else the call's.
            if (!guidance && !explicitPeriod) period = _carried ?? _calendar.Quarter;
            if (r.Role == Role.Prior && guidance) return; // "up from approximately 6% previously"
            if (guidance)
            {
                // "We now expect EPS of $3.02 to $3.08, compared with $2.71 in 2021": compared with a year, the outlook is the next year's.
                if (!explicitPeriod && focus is { Kind: FiscalPeriodKind.Quarter } && ComparedYear(s, r, focus) is { } nextYear) period = nextYear;
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
                // "we expect operating expenses to increase by about $15 million", "EPS to decline by $0.05 to $0.07": the amount a
                // quantity moves by is no level of it, and the outlook is the direction; a rate or points of change are its bounds.
                // Under a revision ("reducing our midpoint by $45 million, with redevelopment decreasing by $35 million") the moves
                // are the revision's parts, and the revision gives the direction.
                bool move = r.Role == Role.Change && draft.Unit is not (QuantityUnit.Percent or QuantityUnit.Points);
                if (move && (RevisionBefore(r.Token) >= 0 || !ForwardBefore(s, r.Token))) return;
                if (period.Value.Kind == FiscalPeriodKind.LongTerm && r.Role == Role.Change && !move && draft.Metric == "Revenue") draft.Metric = "RevenueGrowth";
                // Guidance takes the basis stated with it, else the one guidance was said to be given on.
                var statedBasis = ScopeTracker.StatedBasis(s, r.Token, 20);
                var guidanceBasis = CarriedGuidanceBasis(draft.Metric);
                if (statedBasis != Basis.Unspecified) draft.Basis = statedBasis;
                else if (guidanceBasis != Basis.Unspecified) draft.Basis = guidanceBasis;
                if (move)
                {
                    draft.Direction = r.Sign < 0 ? Direction.Down : Direction.Up;
                    draft.Qualifier = null;
                    Add(s, draft);
                    return;
                }
                if (r.FromFlat && high is null) high = 0;
                if (r.Tolerance > 0 && high is null)
                {
                    high = value + r.Tolerance;
                    value -= r.Tolerance;
                }
                draft.Organic = r.Mention >= 0 && _mentions[r.Mention].First > 0 && s[_mentions[r.Mention].First - 1].IsWord(Organic);
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
            // "We closed the year with $4.2 billion of cash": a balance at year end is the balance at the end of the last quarter.
            if (period is { Kind: FiscalPeriodKind.FiscalYear } year && r.Mention >= 0 && _mentions[r.Mention].Family.PointInTime
                && _calendar.Quarter is { Quarter: 4 } closing && closing.Year == year.Year) period = closing;
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
                bool balance = r.Mention >= 0 && _mentions[r.Mention].Family.PointInTime;
                var comparison = BalanceMovedOverTheQuarter(s, r) ? new PeriodMention { Kind = PeriodKind.Sequential, Comparison = true } : ComparisonFor(s, r.Token);
                if (comparison is { CallDefault: false } stated && !balance) NoteComparison(period.Value, CompareTo(stated, period.Value));
                // Absolute money moves restate the difference of two levels; relative changes carry the news.
                if (draft.Unit == QuantityUnit.Usd) return;
                if (comparison is null)
                {
                    // A bare rate ("Gross margin was 36.9%, up 70 basis points") waits for the end of the call, which reads it
                    // as year over year only when every comparison the call states is (see BareChangesAreYearOverYear).
                    // A balance's bare move is as often against the last quarter's end, so it stays unresolved; so does a bare
                    // organic rate ("Organic sales grew 4%"), a measure beside the reported one that calls restate with it.
                    bool organic = r.Mention >= 0 && _mentions[r.Mention].First > 0 && s[_mentions[r.Mention].First - 1].IsWord(Organic);
                    draft.AwaitsComparison = !balance && !organic && !(draft.Unit != QuantityUnit.Percent && StatesComparedLevel(s, r, period.Value.PriorYear(), focus))
                        && !OrganicAfterReported(s, r, draft, period.Value, period.Value.PriorYear());
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
                if (draft.Unit != QuantityUnit.Percent && StatesComparedLevel(s, r, versus.Value, focus)) return;
                if (OrganicAfterReported(s, r, draft, period.Value, versus.Value)) return;
                Add(s, draft);
                return;
            }
            // "Adjusted EPS was $2.21, versus $1.99 last year": a compared level states the call's comparison as a change does.
            if (statedPrior && !(r.Mention >= 0 && _mentions[r.Mention].Family.PointInTime) && (focus ?? _carried ?? _calendar.Quarter) is { } compared)
                NoteComparison(compared, period);
            draft.Kind = StatementKind.Figure;
            Add(s, draft);
        }

        private int _yearAgoComparisons, _otherComparisons;

        /// <summary>A comparison the call states for a past period: with the same period a year before, or with another.</summary>
        private void NoteComparison(FiscalPeriod period, FiscalPeriod? versus)
        {
            if (versus is not { } v || v.Equals(period)) return;
            if (v.Equals(period.PriorYear())) _yearAgoComparisons++;
            else _otherComparisons++;
        }

        /// <summary>
        /// True when the call's bare rates of change ("Revenue was $548 million, up 7%", "gross margin was 36.9%, up 70 basis
        /// points"), which state no comparison and follow no stated default, are read as year over year. Analysts read a bare
        /// growth rate in a quarterly call as against the same period a year ago (a full year's against the year before),
        /// and a call that compares with the previous quarter says so ("sequentially", "from the prior quarter"). So the
        /// reading is taken only when the call's executives state comparisons at least <see cref="MinYearAgoComparisons"/>
        /// times and every one is with the year-ago period ("than a year ago", "year over year", "versus the prior-year
        /// quarter", "compared with $1.45 in the first quarter of 2024"). A call that also compares with the previous quarter
        /// or any other period, once, leaves its bare rates unresolved: the ambiguity is reported, not guessed. Balances
        /// (cash, inventory, backlog, headcount) are compared with the last quarter's end as often as with a year ago, so
        /// their comparisons count for neither side and their bare moves stay unresolved.
        /// </summary>
        public bool BareChangesAreYearOverYear => _yearAgoComparisons >= MinYearAgoComparisons && _otherComparisons == 0;

        private const int MinYearAgoComparisons = 2;

        /// <summary>The year after the fiscal year an outlook's number is compared with in its sentence, when that year is still ahead.</summary>
        private FiscalPeriod? ComparedYear(SentenceTokens s, Reading r, FiscalPeriod? focus)
        {
            foreach (var other in _readings)
            {
                if (other.Token <= r.Token || other.Role != Role.Prior || other.Metric != r.Metric || other.Token - r.Token > 12) continue;
                if (StatementPeriod(s, other, focus, out _) is { Kind: FiscalPeriodKind.FiscalYear } compared)
                {
                    var next = FiscalPeriod.OfYear(compared.Year + 1);
                    return _calendar.IsFuture(next) ? next : null;
                }
            }
            return null;
        }

        /// <summary>"Net sales were $1.48 billion, down 1.8%. … Organic net sales increased 2.1%": the reported rate, stated first, wins.</summary>
        private bool OrganicAfterReported(SentenceTokens s, Reading r, Draft draft, FiscalPeriod period, FiscalPeriod versus)
        {
            var key = (draft.Metric!, draft.Segment?.ToLowerInvariant(), period, versus);
            bool organic = r.Mention >= 0 && _mentions[r.Mention].First > 0 && s[_mentions[r.Mention].First - 1].IsWord(Organic);
            if (organic && _reportedChanges.Contains(key)) return true;
            if (!organic) _reportedChanges.Add(key);
            return false;
        }

        private FiscalPeriod? _yearAgoOf;
        private readonly HashSet<(string Metric, string? Segment, FiscalPeriod Period, FiscalPeriod Versus)> _reportedChanges =
            new HashSet<(string, string?, FiscalPeriod, FiscalPeriod)>();

        /// <summary>The period of this sentence's outlook for <paramref name="metric"/> read so far, or null.</summary>
        private FiscalPeriod? OutlookPeriodBefore(string metric)
        {
            for (int i = _sentenceDrafts.Count - 1; i >= 0; i--)
            {
                var d = _sentenceDrafts[i];
                if (d.Kind == StatementKind.Guidance && d.Problem is null && d.Metric == metric) return d.Period;
            }
            return null;
        }

        private static readonly HashSet<int> OverWords = Ids("during", "in", "over", "through", "within");

        /// <summary>"3,412 employees, a net addition of 96 during the quarter": a balance's move over the quarter is against the quarter before.</summary>
        private bool BalanceMovedOverTheQuarter(SentenceTokens s, Reading r)
        {
            if (r.Mention < 0 || !_mentions[r.Mention].Family.PointInTime) return false;
            foreach (var p in _periods)
            {
                if (p.Kind == PeriodKind.Focus && p.First > r.Token && p.First - r.Token <= 3 && s[p.First - 1].Kind == TokenKind.Word
                    && OverWords.Contains(s[p.First - 1].Word)) return true;
            }
            return false;
        }

        /// <summary>"net sales were $1.5 billion, down 2%, and organic net sales were up 1%": the organic rate beside the reported one.</summary>
        private bool OrganicBesideReported(SentenceTokens s, int index)
        {
            var r = _readings[index];
            if (r.Role != Role.Change || r.Mention < 0 || _mentions[r.Mention].First == 0 || !s[_mentions[r.Mention].First - 1].IsWord(Organic)) return false;
            for (int i = 0; i < index; i++)
            {
                if (_readings[i].Role == Role.Change && _readings[i].Metric == r.Metric && _readings[i].Mention != r.Mention) return true;
            }
            return false;
        }

        private static readonly HashSet<int> CustomerNouns = Ids("customers", "clients", "accounts", "logos", "customer", "client", "account");

        private static bool AfterCustomersWith(SentenceTokens s, Reading r)
        {
            int k = (r.QualifierFirst >= 0 ? r.QualifierFirst : r.Token) - 1;
            return k >= 1 && s[k].IsWord(Cues.With) && s[k - 1].Kind == TokenKind.Word && CustomerNouns.Contains(s[k - 1].Word);
        }

        private static readonly HashSet<int> AuthorizationWords = Ids("authorized", "authorize", "authorizes", "authorization", "authorizations", "remaining", "remains", "available");

        private static bool IsAuthorization(SentenceTokens s, int idx)
        {
            for (int k = idx - 1; k >= 0 && k >= idx - 5 && s[k].Kind != TokenKind.Number; k--)
            {
                if (s[k].Kind == TokenKind.Word && AuthorizationWords.Contains(s[k].Word)) return true;
            }
            for (int k = idx + 1; k < s.Count && k <= idx + 5 && s[k].Kind != TokenKind.Number; k++)
            {
                if (s[k].Kind == TokenKind.Word && AuthorizationWords.Contains(s[k].Word)) return true;
            }
            return false;
        }

        private static readonly HashSet<int> DeclareVerbs = Ids("approved", "declared", "announced", "authorized", "raised", "raising", "increasing");

        private static bool DeclaresDividend(SentenceTokens s)
        {
            for (int k = 0; k < s.Count; k++)
            {
                if (s[k].Kind == TokenKind.Word && DeclareVerbs.Contains(s[k].Word)) return true;
            }
            return false;
        }

        private static readonly HashSet<int> PresentLevelVerbs = Ids("is", "are", "represents", "represented", "accounted");

        private bool StatedLevelInAnswer(SentenceTokens s, int index)
        {
            var r = _readings[index];
            int k = (r.QualifierFirst >= 0 ? r.QualifierFirst : r.Token) - 1;
            if (k < 0 || s[k].Kind != TokenKind.Word) return false;
            int w = s[k].Word;
            if (r.Role == Role.Level && (PastVerbs.Contains(w) || PresentLevelVerbs.Contains(w))) return true;
            // "ended the quarter at about $140 million"
            if (r.Role == Role.Level && w == Cues.At)
            {
                for (int j = k - 1; j >= 0 && j >= k - 4; j--)
                {
                    if (s[j].Kind == TokenKind.Word && PastVerbs.Contains(s[j].Word)) return true;
                }
            }
            // "…, up from about $115 million at the end of March": the compared level of a stated one.
            return r.Role == Role.Prior && index > 0 && _readings[index - 1].Role is Role.Level or Role.Change && StatedLevelInAnswer(s, index - 1);
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

        /// <summary>"Services revenue", "Turning to services. Revenue …": the call's service revenue, not a segment of revenue.</summary>
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
            "BookToBill" or "NetLeverage" => QuantityUnit.Ratio,
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

        /// <summary>The label right before a number in a list: "North America at about 48%, Europe was 33%".</summary>
        private string? ListLabel(SentenceTokens s, int index)
        {
            int idx = _readings[index].Token;
            int stop = index > 0 ? _readings[index - 1].Token : -1;
            int lastLabel = -1, firstLabel = -1;
            for (int k = idx - 1; k > stop && k >= idx - 8; k--)
            {
                var t = s[k];
                if (MentionEndingAt(k) >= 0) break;
                // "North America 55%": an ordinary capitalised word counts when a name goes on after it.
                bool nameGoesOn = k + 1 < s.Count && s[k + 1].Kind == TokenKind.Word && s[k + 1].Capital;
                bool label = t.Kind == TokenKind.Word && t.Capital && (!t.Has(WordClass.Stop) || nameGoesOn) && !_periodTokens.Contains(k);
                if (label)
                {
                    if (lastLabel < 0) lastLabel = k;
                    firstLabel = k;
                }
                else if (lastLabel >= 0) break;
            }
            return lastLabel < 0 ? null : s.Slice(firstLabel, lastLabel);
        }

        /// <summary>"grew 12% sequentially in retail": a segment named after the number.</summary>
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

        /// <summary>"includes $14 million of our newly launched Falcon products": the part's label.</summary>
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

        /// <summary>The stated period of a number: right after it ("$0.07 per share in the first quarter"), else before it.</summary>
        private FiscalPeriod? StatementPeriod(SentenceTokens s, Reading r, FiscalPeriod? focus, out string? problem)
        {
            problem = null;
            int idx = r.Token;
            int next = NextNumberToken(s, idx);
            // "compared with $18.1 million, or 12%, in the third quarter last year": the period after an aside is the level's too.
            int window = RightWindow;
            if (next < s.Count && next >= 2 && s[next - 1].IsWord(Cues.Or) && s[next - 2].Kind == TokenKind.Comma
                && next + 1 < s.Count && s[next + 1].Kind == TokenKind.Comma)
            {
                window += next + 2 - idx;
                next = NextNumberToken(s, next);
            }
            int previous = PreviousNumberToken(s, idx);
            foreach (var p in _periods)
            {
                if (p.First <= idx || p.First >= next || p.First > idx + window) continue;
                // "a book-to-bill of 1.03, and we ended the year with …": a period in the next clause, with a subject of its own, is that clause's.
                if (OwnClauseBetween(s, idx, p.First)) continue;
                // "increased 18% against a strong prior year": for a change, a year-ago period is what it is compared with.
                if (p.Comparison || p.Kind == PeriodKind.Sequential || p.Kind == PeriodKind.YearAgo && r.Role == Role.Change) continue;
                // "…, which implies third-quarter revenue of …": a period before a metric is that metric's.
                if (p.Last + 1 < s.Count && MentionStartingAt(p.Last + 1) >= 0) continue;
                return Resolve(p, s, focus, out problem);
            }
            for (int i = _periods.Count - 1; i >= 0; i--)
            {
                var p = _periods[i];
                if (p.Last >= idx || p.Last <= previous) continue;
                if (p.Kind == PeriodKind.Sequential || p.Intrinsic) continue;
                // "$610 million a year ago, while operating margin rose to 15%": right after a number, a period is that number's.
                if (previous >= 0 && p.First - previous <= 3 && s[previous].Kind == TokenKind.Number && ClauseBreakBetween(s, p.Last, idx)) continue;
                // "the prior year figure of $0.44": a compared period right before a level is that level's period,
                // but not in "improved from the first quarter to 58%".
                // "up 12% over last year's $1.70", "compared to the prior year's $90 million": a possessive period is the level's too.
                if (p.Comparison && (r.Role == Role.Change || idx - p.Last > 3 || !s[idx - 1].IsWord(Cues.Of) && (_outlookSentence || !PossessiveRightBefore(s, p, r)))) continue;
                if (p.Kind == PeriodKind.YearAgo && r.Role == Role.Change) continue;
                return Resolve(p, s, focus, out problem);
            }
            // "taking leverage to 4.1x and our hedged share to 60% at the end of 2030": levels listed before one period.
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
            // "This quarter last year sales were 712 and we had a 19.3% operating margin": a level takes the period its sentence opened with;
            // "Longer term, our model calls for sales growth of 2% to 3% and profit growth of 4% to 6%", "For the full year 2025, total
            // revenue was $2.29 billion, up 18%": a period the sentence opens with holds for its changes too.
            if (_readings.Count > 0)
            {
                // "… and fourth quarter revenue of $1.1 billion, up 12%": a change is of the level it follows, in that level's period.
                if (r.Role == Role.Change)
                {
                    foreach (var level in _readings)
                    {
                        if (level.Token >= idx) break;
                        if (level.Role == Role.Level && level.Metric is not null && level.Metric == r.Metric && idx - level.Token <= 8)
                            return StatementPeriod(s, level, focus, out problem);
                    }
                }
                int firstNumber = _readings[0].Token;
                for (int i = _periods.Count - 1; i >= 0; i--)
                {
                    var p = _periods[i];
                    if (p.Last >= firstNumber || p.Comparison || p.Kind == PeriodKind.Sequential || p.Intrinsic) continue;
                    if (r.Role == Role.Change && p.Kind != PeriodKind.Explicit) continue;
                    return Resolve(p, s, focus, out problem);
                }
            }
            return null;
        }

        // "we expect gross margin to be roughly flat to last year's 35.8%": an outlook's benchmark is left as it was.
        private bool _outlookSentence;

        private static bool PossessiveRightBefore(SentenceTokens s, PeriodMention p, Reading r)
        {
            int first = r.QualifierFirst >= 0 ? r.QualifierFirst : r.Token;
            if (p.Last != first - 1 || p.Kind is not (PeriodKind.YearAgo or PeriodKind.Explicit)) return false;
            int end = s[p.Last].End;
            return end + 1 < s.Text.Length && (s.Text[end] == '\'' || s.Text[end] == '\u2019') && (s.Text[end + 1] == 's' || s.Text[end + 1] == 'S');
        }

        private static readonly HashSet<int> ClausePronouns = Ids("we", "they", "i");

        private static bool OwnClauseBetween(SentenceTokens s, int from, int to)
        {
            for (int k = from + 1; k + 2 < to; k++)
            {
                if (s[k].Kind == TokenKind.Comma && (s[k + 1].IsWord(Cues.And) || s[k + 1].IsWord(While)) && s[k + 2].Kind == TokenKind.Word
                    && ClausePronouns.Contains(s[k + 2].Word)) return true;
            }
            return false;
        }

        private static bool ClauseBreakBetween(SentenceTokens s, int from, int to)
        {
            for (int k = from + 1; k < to; k++)
            {
                var t = s[k];
                if (t.Kind == TokenKind.Comma || t.Kind == TokenKind.Break || t.Has(WordClass.Rise) || t.Has(WordClass.Fall) || t.Has(WordClass.Level) && !t.IsWord(Cues.Of)) return true;
            }
            return false;
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
                    return (_yearAgoOf ?? _carried ?? _calendar.Quarter)?.PriorYear();
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
            if (_scope.CallComparison is { } kind) return new PeriodMention { Kind = kind, Comparison = true, CallDefault = true };
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

        /// <summary>"down $0.05 over the prior year figure of $0.44": the sentence states the compared level too.</summary>
        private bool StatesComparedLevel(SentenceTokens s, Reading r, FiscalPeriod versus, FiscalPeriod? focus)
        {
            foreach (var other in _readings)
            {
                if (other.Token == r.Token || other.Metric != r.Metric || other.Role == Role.Change || other.Role == Role.Skip) continue;
                if (Math.Abs(other.Token - r.Token) > 24) continue;
                if (StatementPeriod(s, other, focus, out _) == versus) return true;
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

        /// <summary>One outlook per metric, segment and period in a sentence: "roughly flat … within our range of 58% to 60%".</summary>
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
                        // "to range from down 1% to up 1%": two ends said as two changes make one range.
                        if (existing.Unit == draft.Unit && existing.Low is { } low && existing.High == low && draft.Low is { } other && draft.High == other && other != low)
                        {
                            existing.Low = Math.Min(low, other);
                            existing.High = Math.Max(low, other);
                        }
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
            draft.Low ??= n.Value * (r.Negative || n.Negative ? -1 : 1) * (r.Role == Role.Change && r.Sign < 0 ? -1 : 1);
            draft.High ??= n.High;
            return draft;
        }
    }
}
