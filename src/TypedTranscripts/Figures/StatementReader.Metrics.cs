using System.Collections.Generic;

namespace TypedTranscripts.Figures
{
    /// <summary>Which metric each number belongs to, and the segment labels of the metrics a sentence names.</summary>
    internal sealed partial class StatementReader
    {

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
                // "R&D headcount", "sales headcount": a metric right before another names its segment.
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
                    // "Managed Services revenue", "hosting and data services revenue": a named line of business, not the call's service revenue.
                    if (mention.Family == MetricLexicon.ServiceRevenue || mention.Family == MetricLexicon.ProductRevenue)
                    {
                        segment = s.Slice(before.First, mention.First);
                        mention.Family = MetricLexicon.Revenue;
                        _mentions[m] = mention;
                    }
                }
                if (segment is null && LowerCaseCategoryBefore(s, mention) is int category && category >= 0)
                {
                    segment = s.Slice(category, category);
                    labelFirst = category;
                }
                // "International segment operating profit", "the Retail business operating margin": the label before the head noun.
                bool headBefore = mention.First > 0 && (s[mention.First - 1].IsWord(Cues.Segment) || s[mention.First - 1].IsWord(Cues.Business) || s[mention.First - 1].IsWord(Cues.Division));
                if (segment is null && headBefore)
                {
                    if (_scope.LabelBefore(s, mention.First - 1, previousEnd, _periodTokens) is { } owner)
                    {
                        segment = owner.Text;
                        labelFirst = owner.First;
                    }
                    // "North America Retail net sales were $1.52 billion. Segment operating profit was $344 million": the segment just named.
                    else if (mention.First == 1) segment = _scope.ReviewedSegment ?? _scope.PreviousSubjectSegment;
                }
                // "Motion Systems sales were $412 million. Segment margin was 16.0%", "Flow Control sales were $548 million, with
                // segment margin of 22.4%": the segment just named.
                if (segment is null && mention.Family == MetricLexicon.SegmentMargin)
                {
                    for (int e = m - 1; e >= 0 && segment is null; e--) segment = _mentionSegments[e];
                    segment ??= _scope.ReviewedSegment ?? _scope.PreviousSubjectSegment;
                }
                if (segment is null && _scope.LabelAfter(s, mention.Last, _periodTokens) is { } after)
                {
                    segment = after.Text;
                    // "Revenue from the Devices segment was …" opens that segment's review.
                    if (_scope.InSegmentReview && IsRevenue(mention.Family) && s[mention.Last + 1].IsWord(Cues.From)) _scope.ReviewedSegment = segment;
                }
                // "Segment gross margin dollars": the segment under review.
                if (segment is not null && (segment.Equals("Segment", System.StringComparison.OrdinalIgnoreCase) || segment.Equals("Business", System.StringComparison.OrdinalIgnoreCase)))
                    segment = _scope.ReviewedSegment;
                _mentionSegments.Add(segment);
                _mentionLabelFirst.Add(labelFirst);
                // "more slowly than revenue": a compared metric is not a subject.
                _mentionBlocked.Add(FollowsThan(s, mention.First));
                previousEnd = mention.Last;
            }
        }

        private static readonly HashSet<string> NotCategories = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase)
        {
            "reported", "underlying", "core", "record", "overall", "consolidated", "combined", "aggregate", "base", "legacy", "existing",
            "incremental", "unit", "volume", "volumes", "price", "pricing", "constant", "currency", "quarterly", "monthly", "annual", "weekly", "daily",
        };

        /// <summary>
        /// "By category, apparel sales grew 6%", "and digital sales grew 8%": a lower-case word no vocabulary knows, opening
        /// a clause right before sales or revenue that a verb then moves or states, is the category the sales are of. Known
        /// words (organic, total, comparable) and the modifiers in <see cref="NotCategories"/> are kinds of revenue, not lines of business.
        /// </summary>
        private int LowerCaseCategoryBefore(SentenceTokens s, MetricMention mention)
        {
            if (mention.Family != MetricLexicon.Revenue || mention.First < 1 || mention.First != mention.Last) return -1;
            int k = mention.First - 1;
            var t = s[k];
            if (t.Kind != TokenKind.Word || t.Capital || t.Word != Vocabulary.Unknown || t.Hyphenated) return -1;
            bool clauseStart = k == 0 || s[k - 1].Kind == TokenKind.Comma || s[k - 1].IsWord(Cues.And) && k >= 2 && s[k - 2].Kind == TokenKind.Comma;
            if (!clauseStart) return -1;
            int next = mention.Last + 1;
            if (next >= s.Count || s[next].Kind != TokenKind.Word || !s[next].Has(WordClass.Rise | WordClass.Fall | WordClass.Level)) return -1;
            if (NotCategories.Contains(s.Slice(k, k))) return -1;
            return k;
        }

        /// <summary>A lower-case word no vocabulary knows, alone between a clause start and the verb at <paramref name="verb"/>; else -1.</summary>
        private static int ListedCategoryBefore(SentenceTokens s, int verb)
        {
            int k = verb - 1;
            var t = s[k];
            if (t.Kind != TokenKind.Word || t.Capital || !(t.Word == Vocabulary.Unknown || t.Has(WordClass.SegmentNoun)) || t.Hyphenated) return -1;
            bool clauseStart = k >= 1 && s[k - 1].Kind == TokenKind.Comma || k >= 2 && s[k - 1].IsWord(Cues.And) && s[k - 2].Kind == TokenKind.Comma;
            return clauseStart && !NotCategories.Contains(s.Slice(k, k)) ? k : -1;
        }

        /// <summary>An earlier number of the sentence is the sales of a lower-case category ("apparel sales grew 6%").</summary>
        private bool CategoryListBefore(int i)
        {
            for (int j = 0; j < i; j++)
            {
                var before = _readings[j];
                if (before.Metric == "Revenue" && before.Mention >= 0 && _mentionSegments[before.Mention] is { Length: > 0 } label
                    && char.IsLower(label[0]) && label.IndexOf(' ') < 0) return true;
            }
            return false;
        }

        /// <summary>
        /// "Pet Care was $516 million, down 1%": the amount a named line of business "was", right before the move read as
        /// that line's revenue, is its revenue too.
        /// </summary>
        private void LevelBeforeSegmentMove(SentenceTokens s)
        {
            for (int i = 0; i + 1 < _readings.Count; i++)
            {
                var r = _readings[i];
                var next = _readings[i + 1];
                var n = s.NumberAt(r.Token);
                if (r.Role != Role.Level || r.Metric is not null || r.Mention >= 0 || n.Kind != NumberKind.Money || !n.Scaled) continue;
                if (next.Role != Role.Change || next.Metric != "Revenue" || next.Segment is null || next.Mention >= 0 || next.Verb != r.Token + 2
                    || s[r.Token + 1].Kind != TokenKind.Comma) continue;
                if (_subject is not { } subject || subject.Last >= r.Token || SubjectSegment != next.Segment || r.Token - subject.Last > 3) continue;
                int verb = (r.QualifierFirst >= 0 ? r.QualifierFirst : r.Token) - 1;
                if (verb != subject.Last + 1 || !s[verb].Has(WordClass.Level)) continue;
                r.Metric = "Revenue";
                r.Segment = next.Segment;
                _readings[i] = r;
            }
        }

        private static readonly HashSet<int> ContributedVerbs = Ids("contributed", "contributes", "contribute");

        /// <summary>The label that is the whole subject of the contribute verb before <paramref name="r"/>, opening its clause; else null.</summary>
        private string? ContributorLabel(SentenceTokens s, Reading r)
        {
            int verb = (r.QualifierFirst >= 0 ? r.QualifierFirst : r.Token) - 1;
            if (verb < 1 || s[verb].Kind != TokenKind.Word || !ContributedVerbs.Contains(s[verb].Word)) return null;
            int first;
            var t = s[verb - 1];
            if (t.Kind == TokenKind.Word && !t.Capital && t.Word == Vocabulary.Unknown && !t.Hyphenated && !NotCategories.Contains(s.Slice(verb - 1, verb - 1))) first = verb - 1;
            else if (_scope.LabelBefore(s, verb, -1, _periodTokens) is { } label && s[label.First].Capital) first = label.First;
            else return null;
            bool clauseStart = first == 0 || s[first - 1].Kind == TokenKind.Comma || s[first - 1].IsWord(Cues.And) && first >= 2 && s[first - 2].Kind == TokenKind.Comma;
            return clauseStart ? s.Slice(first, verb - 1) : null;
        }

        private static readonly HashSet<int> TopicHeads = Ids("business", "businesses", "segment", "division", "unit", "area", "franchise", "portfolio");
        private static readonly int There = Vocabulary.Add("there");
        private static readonly int Its = Vocabulary.Add("its");
        private static readonly int But = Vocabulary.Add("but");

        /// <summary>
        /// "Intermodal was our bright spot. Revenue grew to $388 million, up 4%": after a sentence about a line of business, a
        /// metric that opens the next one without a label of its own is that business's when the sentence says so ("revenue in
        /// that business", "revenue there") or when its amount differs from the whole company's, already stated.
        /// </summary>
        private int TopicMention(SentenceTokens s)
        {
            if (_scope.TopicSegment is null || _mentions.Count == 0 || _opening is not null || _mentionSegments[0] is not null) return -1;
            var mention = _mentions[0];
            for (int k = 0; k < mention.First; k++)
            {
                if (!(s[k].IsWord(Cues.The) || s[k].IsWord(Cues.And) || s[k].IsWord(Its) || s[k].Kind == TokenKind.Comma)) return -1;
            }
            int after = mention.Last + 1;
            if (after < s.Count && s[after].IsWord(There)) return 0;
            if (after + 2 < s.Count && (s[after].IsWord(Cues.In) || s[after].IsWord(Cues.For)) && s[after + 1].Has(WordClass.Anaphor)
                && s[after + 2].Kind == TokenKind.Word && TopicHeads.Contains(s[after + 2].Word)) return 0;
            if (_calendar.Quarter is not { } quarter) return -1;
            foreach (var r in _readings)
            {
                if (r.Mention != 0 || r.Role != Role.Level || r.Metric is null) continue;
                return _companyLevels.TryGetValue((r.Metric, quarter), out var company) && company != s.NumberAt(r.Token).Value ? 0 : -1;
            }
            return -1;
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
                // "we returned $412 million to shareholders through dividends and buybacks": capital returned, whatever the means.
                // Only as an outlook: a quarter's returns restate its buyback and dividend figures, and the corpus gold leaves them out.
                if (r.Role == Role.Level && IsReturnToShareholders(s, idx) && ForwardBefore(s, idx))
                {
                    r.Metric = "ShareholderReturns";
                    _readings[i] = r;
                    continue;
                }
                // right: "$40 billion in revenue", "over $20 million of Falcon revenue", "3,150 employees", "30% ... on the gross margin line"
                // "2.4 times EBITDA": a ratio's right-hand metric is its denominator.
                int right = s.NumberAt(idx).Kind == NumberKind.Ratio ? NoMention(out bool namesOther) : RightMention(s, idx, out namesOther);
                bool shareOfRevenue = _shareOfRevenue;
                r.ShareOfTotal = shareOfRevenue;
                r.NamesOther = namesOther;
                if (right >= 0)
                {
                    // A number that names its metric after it belongs to that metric, or to none.
                    if (TryMetric(s, right, ref r)) r.Mention = right;
                    _readings[i] = r;
                    continue;
                }
                // chained: "$5 million or 3%", "North America at 48%, Europe was 33%"; not "… of $413 million and $350 million of convertible notes".
                // "operating income was $33 million, or 18% of revenue, compared with $25 million, or 14%, …": the compared aside
                // is a share of revenue as the first one was.
                if (r.Mention < 0 && r.Chained && !r.NamesOther && !r.ShareOfTotal && i > 0 && s.NumberAt(idx).Kind == NumberKind.Percent
                    && _readings[i - 1].Mention >= 0 && EchoesMarginAside(i)) r.ShareOfTotal = true;
                if (r.Mention < 0 && r.Chained && !r.NamesOther && i > 0 && _readings[i - 1].Mention >= 0 && !MentionBetween(_readings[i - 1].Token, idx)
                    && TryMetric(s, _readings[i - 1].Mention, ref r))
                {
                    r.Mention = _readings[i - 1].Mention;
                }
                // "up 1.2 points on favorable mix, and down 0.3 points from the March quarter": a change verb after "and" or a comma
                // has the subject of the change before it.
                if (r.Mention < 0 && r.Role == Role.Change && r.Verb > 0 && i > 0 && _readings[i - 1] is { Role: Role.Change, Mention: >= 0 } before
                    && (s[r.Verb - 1].Kind == TokenKind.Comma || s[r.Verb - 1].IsWord(Cues.And) || s[r.Verb - 1].IsWord(But)) && TryMetric(s, before.Mention, ref r))
                {
                    r.Mention = before.Mention;
                    _readings[i] = r;
                    continue;
                }
                // "a record for eReaders, which grew 9%": the relative clause's label is what grew.
                if (r.Mention < 0 && r.Role == Role.Change && r.Verb >= 0 && _scope.RelativeSubject(s, r.Verb) is { } relative
                    && (!ScopeTracker.IsSentenceCaseNoun(s, relative) || _scope.NamesSegment(relative.Text)))
                {
                    r.Metric = MetricFor(MetricLexicon.Revenue, r, s);
                    r.Segment = relative.Text;
                    _readings[i] = r;
                    continue;
                }
                // "and communications contributed $84.7 million, up 3%": a line of business that opens its own clause and contributes an amount contributes revenue.
                if (r.Mention < 0 && r.Role == Role.Level && r.Part == 2 && s.NumberAt(idx).Kind == NumberKind.Money && ContributorLabel(s, r) is { } contributor
                    && MetricFor(MetricLexicon.Revenue, r, s) is { } contributed)
                {
                    r.Metric = contributed;
                    r.Segment = contributor;
                    _readings[i] = r;
                    continue;
                }
                // "apparel sales grew 6%, footwear was flat, and equipment declined 3%": a list of categories goes on with the
                // category alone as the subject of its own move.
                if (r.Mention < 0 && r.Role == Role.Change && r.Verb >= 1 && ListedCategoryBefore(s, r.Verb) is int listed && listed >= 0
                    && CategoryListBefore(i) && MetricFor(MetricLexicon.Revenue, r, s) is { } listedMetric)
                {
                    r.Metric = listedMetric;
                    r.Segment = s.Slice(listed, listed);
                    _readings[i] = r;
                    continue;
                }
                // "…, up 3%" right after it is the same line's move.
                if (r.Mention < 0 && r.Role == Role.Change && i > 0 && _readings[i - 1] is { Part: 2, Role: Role.Level, Segment: not null, Metric: "Revenue" } part
                    && r.Verb == part.Token + 2 && s[part.Token + 1].Kind == TokenKind.Comma && MetricFor(MetricLexicon.Revenue, r, s) is { } moved)
                {
                    r.Metric = moved;
                    r.Segment = part.Segment;
                    _readings[i] = r;
                    continue;
                }
                // "net income was $88 million, up 7%, or $0.91 per diluted share, compared with $0.85 a year ago": the compared
                // amount right after an amount a share is that amount's, however far back its metric was named.
                if (r.Mention < 0 && r.Role == Role.Prior && i > 0 && _readings[i - 1] is { Role: Role.Level, Mention: >= 0 } level
                    && s.NumberAt(level.Token).Kind == NumberKind.PerShare && s.NumberAt(idx).Kind is NumberKind.Money or NumberKind.PerShare
                    && !s.NumberAt(idx).Scaled && TryMetric(s, level.Mention, ref r))
                {
                    r.Mention = level.Mention;
                    _readings[i] = r;
                    continue;
                }
                // "$125 million of stock" names what was bought; the metric may still be the verb right before it ("repurchased").
                if (r.Mention < 0 && (!r.NamesOther || r.Part > 0 || MentionRightBefore(s, idx))) r.Mention = LeftMention(s, idx, ref r);
                // "Contoso 365 grew 40%", "Our Printing business grew 7%": a named line of business with no metric said is its revenue.
                if (r.Mention < 0 && r.Role == Role.Change && _subject is { } subject && subject.Last < idx && !OpenMentionBetween(subject.Last, idx)
                    && (r.Verb < 0 || r.Verb <= subject.Last + 2 || !HasOwnSubject(s, r.Verb)) && SubjectSegment is { } subjectSegment)
                {
                    r.Metric = MetricFor(MetricLexicon.Revenue, r, s);
                    if (r.Metric is not null) r.Segment = subjectSegment;
                }
                if (r.Mention < 0 && r.Metric is null && anaphoric && r.Role == Role.Change && !HasOwnSubject(s, r.Verb) && _scope.PreviousSubject is { } previous)
                {
                    r.Metric = MetricFor(previous, r, s);
                    if (r.Metric is not null) r.Segment = _scope.PreviousSubjectSegment;
                }
                if (r.Mention < 0 && r.Metric is null) ShareOfRevenueMix(s, i, ref r, anaphoric);
                // "we returned $2.2 billion to shareholders …, an increase of 9%": the change is of an amount no metric names.
                if (r.Role == Role.Change && r.Verb < 0 && i > 0 && _readings[i - 1].Role == Role.Level && _readings[i - 1].Metric is null && r.Mention >= 0
                    && _readings[i - 1].Token < _mentions[r.Mention].First)
                {
                    r.Role = Role.Skip;
                }
                _readings[i] = r;
            }
            LevelBeforeSegmentMove(s);
            RespectivelyPairs(s);
        }

        /// <summary>
        /// "International was 27% of total revenue, up from 24% a year ago", "North America represented 54% of revenue, EMEA 28%
        /// and Asia Pacific 18%": a percentage of revenue said of a label is that label's revenue mix, and the compared or listed
        /// percentages right after it are too.
        /// </summary>
        private void ShareOfRevenueMix(SentenceTokens s, int i, ref Reading r, bool anaphoric)
        {
            int idx = r.Token;
            if (s.NumberAt(idx).Kind != NumberKind.Percent || r.Role == Role.Change || r.Role == Role.Skip || r.Role == Role.Revision) return;
            string? label;
            if (r.ShareOfTotal)
            {
                label = _subject is { } subject && subject.Last < idx && !MentionBetween(subject.Last, idx) ? subject.Text
                    : ListLabel(s, i) ?? (anaphoric ? _scope.PreviousSubjectSegment : null);
            }
            else
            {
                if (i == 0 || !(_readings[i - 1] is { Metric: "RevenueMix", ShareOfTotal: true } previous) || OpenMentionBetween(previous.Token, idx)) return;
                if (idx - previous.Token > 16) return;
                // "…, up from 24% a year ago" compares the same label; "…, EMEA 28%" names its own.
                label = r.Role == Role.Prior ? previous.Segment : ListLabel(s, i);
            }
            if (label is null) return;
            r.Metric = "RevenueMix";
            r.Segment = label;
            r.ShareOfTotal = true;
        }

        // The total a share is of ("27% of total revenue") is blocked; another metric between starts another statement.
        private bool OpenMentionBetween(int from, int to)
        {
            for (int m = 0; m < _mentions.Count; m++)
            {
                if (_mentions[m].First > from && _mentions[m].Last < to && !_mentionBlocked[m]) return true;
            }
            return false;
        }

        private static readonly HashSet<int> ReturnVerbs = Ids("return", "returned", "returning", "returns");
        private static readonly HashSet<int> Holders = Ids("shareholders", "stockholders", "shareowners", "investors");

        /// <summary>A money amount between a return verb and "to (our) shareholders".</summary>
        private static bool IsReturnToShareholders(SentenceTokens s, int idx)
        {
            if (s.NumberAt(idx).Kind != NumberKind.Money) return false;
            int k = idx + 1;
            if (k >= s.Count || !s[k].IsWord(Cues.To)) return false;
            k++;
            if (k < s.Count && s[k].IsWord(Cues.Our)) k++;
            if (k >= s.Count || s[k].Kind != TokenKind.Word || !Holders.Contains(s[k].Word)) return false;
            for (int j = idx - 1; j >= 0 && j >= idx - 6; j--)
            {
                if (s[j].Kind != TokenKind.Word) return false;
                if (ReturnVerbs.Contains(s[j].Word)) return true;
            }
            return false;
        }

        /// <summary>"X and Y rose 4% and 6%, respectively": pairs metrics and numbers in order.</summary>
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

        private int RightMention(SentenceTokens s, int idx, out bool namesOther)
        {
            _shareOfRevenue = false;
            namesOther = false;
            int k = idx + 1;
            bool preposition = false;
            bool of = false;
            int content = 0;
            // "$0.31 per share of common stock" says what a share is, not what the amount is.
            if (s.NumberAt(idx).Kind == NumberKind.PerShare && k < s.Count && s[k].IsWord(Cues.Of)) return NoMention(out namesOther);
            if (k + 1 < s.Count && s[k].Capital && s[k].Kind == TokenKind.Word && Vocabulary.Is(WordAt(s, k + 1), WordClass.CountNoun)) k++;
            if (k < s.Count && Vocabulary.Is(WordAt(s, k), WordClass.CountNoun) && MentionStartingAt(k) < 0) k++;
            // "30% or higher on the gross margin line", "15% plus on the topline"
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
                        _shareOfRevenue = true;
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
                    // "$8 million of pre-tax costs" names a noun; "$3 million for the consolidation of a site" says what it was for.
                    if (!preposition) of = w == Cues.Of || w == Cues.In;
                    preposition = true;
                    continue;
                }
                if (preposition && (t.Has(WordClass.Filler) || w == Cues.The || w == Cues.Our || w == Cues.Total || w == Cues.Company)) continue;
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

        // "$300 million in freight costs", "$2.4 billion of notes due": the number says what it is, and it is no metric.
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
            bool verb = false, subject = false, coordinated = false;
            int m = LastMentionBefore(idx);
            for (int k = idx - 1; k >= 0 && k >= idx - LeftWindow; k--)
            {
                var t = s[k];
                if (t.Kind == TokenKind.Comma && ++commas > 2) return -1;
                // "…, up 1.2 points on mix and productivity, and down 0.3 points": a verb after "and" or a comma shares the subject before.
                if (verb && !subject && (t.Kind == TokenKind.Comma || t.IsWord(Cues.And))) coordinated = true;
                if (t.Kind == TokenKind.Break && t.Start < s.Text.Length && s.Text[t.Start] == ';') return -1;
                while (m >= 0 && _mentions[m].Last > k) m--;
                if (m >= 0 && _mentions[m].Last == k)
                {
                    if (!_mentionBlocked[m] && TryMetric(s, m, ref r)) return m;
                    m--;
                    continue;
                }
                // "sales headcount rose 5% and field support rose 7%": the number has a subject of its own;
                // "paid a dividend of $0.31 and returned $200 million": the number is another verb's object.
                if (t.Kind == TokenKind.Word)
                {
                    if (ActionVerbs.Contains(t.Word)) return -1;
                    if (t.Has(WordClass.Rise) || t.Has(WordClass.Fall) || t.Has(WordClass.Level)) verb = true;
                    // "and a loss of $0.04": the loss is the metric's own value, not another subject.
                    else if (verb && !coordinated && !t.Capital && !t.Has(WordClass.Stop) && !t.Has(WordClass.Filler) && !t.Has(WordClass.Qualifier) && !_periodTokens.Contains(k)
                        && !(r.Negative && t.IsWord(Loss))) subject = true;
                    // "…, as loads increased 7%", "…, with price up 5% and volume down 3%": a clause of its own subject.
                    else if (subject && (t.IsWord(Cues.And) || t.IsWord(While) || t.IsWord(Cues.As) || t.IsWord(Cues.With))) return -1;
                }
            }
            return -1;
        }

        private bool MentionRightBefore(SentenceTokens s, int idx)
        {
            int k = idx - 1;
            while (k >= 0 && s[k].Kind == TokenKind.Word && (s[k].Has(WordClass.Qualifier) || s[k].Has(WordClass.Filler))) k--;
            return MentionEndingAt(k) >= 0;
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
        private bool EchoesMarginAside(int i)
        {
            var family = _mentions[_readings[i - 1].Mention].Family;
            if (family.Margin is null) return false;
            for (int j = 0; j < i - 1; j++)
            {
                if (_readings[j].ShareOfTotal && _readings[j].Metric == family.Margin && _readings[j].Mention >= 0
                    && _mentions[_readings[j].Mention].Family == family) return true;
            }
            return false;
        }

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
                    if (!n.Scaled && family.PerShare is not null && (family.Money is null || PerShareFollows(s, r.Token) || r.Role == Role.Prior && PerShareBefore(s, r.Token))) return family.PerShare;
                    return change && r.Role != Role.Revision ? family.Money : family.Money;
                case NumberKind.PerShare:
                    return family.PerShare;
                case NumberKind.Percent:
                    // "adjusted earnings were $2.10 per diluted share, up 12%": the move of earnings said a share.
                    if (change && family == MetricLexicon.Earnings) return HasPerShare(s) ? family.PerShare : null;
                    if (change) return family.Growth;
                    if (family.Percent is null && r.ShareOfTotal && family.Margin is not null) return family.Margin;
                    return family.Percent ?? (segmented || r.ShareOfTotal ? family.Mix : null);
                case NumberKind.Points:
                    return change ? family.Points : null;
                case NumberKind.Ratio:
                    return family.Ratio;
                default:
                    // "book-to-bill was 1.1": a bare number of a ratio metric is the ratio.
                    if (family.Ratio is not null && !change && r.Role == Role.Level && r.OwnCue && !r.HasUnit) return family.Ratio;
                    if (family.Count is null) return null;
                    if (r.HasUnit)
                    {
                        var expected = family.CountUnit switch { CountUnit.Shares => QuantityUnit.Shares, CountUnit.Days => QuantityUnit.Days, _ => QuantityUnit.Count };
                        return r.Unit == expected ? family.Count : null;
                    }
                    // "headcount was 3,150", "DSO fell to 38 days from 44": a bare number counts what its metric counts.
                    // "on roughly 168 million diluted shares": a count with a scale word is the metric's, hedged or not.
                    return change || r.Role == Role.Prior || r.Chained || r.Role == Role.Level && (r.OwnCue && r.QualifierFirst < 0 || n.Scaled) ? family.Count : null;
            }
        }

        // "net income was $88 million, or $0.91 per diluted share, compared with $0.85 a year ago": a bare compared amount
        // right after an amount a share is that amount's level in the other period.
        private static bool PerShareBefore(SentenceTokens s, int idx)
        {
            for (int k = idx - 1; k >= 0 && k >= idx - 8; k--)
            {
                if (s[k].Kind == TokenKind.Number) return s.NumberAt(k).Kind == NumberKind.PerShare;
            }
            return false;
        }

        private static bool HasPerShare(SentenceTokens s)
        {
            for (int k = 0; k < s.Count; k++)
            {
                if (s[k].Kind == TokenKind.Number && s.NumberAt(k).Kind == NumberKind.PerShare) return true;
            }
            return false;
        }

        // "$0.06 on a per share basis"
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
    }
}
