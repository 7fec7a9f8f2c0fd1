using System.Collections.Generic;
using System.Linq;

namespace TypedTranscripts.Generator.Emit
{
    /// <summary>
    /// The typed members of <c>Figures</c>, <c>Changes</c> and <c>Guidance</c>: named from metric, basis and segment
    /// (<c>Figures.DilutedEpsNonGaap</c>, <c>Figures.Segments.Ipg.Revenue</c>); statements about other periods sit in a
    /// class named for the period (<c>Figures.Q2_2009.DilutedEpsGaap</c>). A repeated statement of the same value keeps
    /// the first; every statement stays in <c>All</c>.
    /// </summary>
    internal static class StatementMembers
    {
        private const string SegmentsClass = "Segments";

        internal sealed class Member
        {
            public Member(int index, string name, Statement statement)
            {
                Index = index;
                Name = name;
                Statement = statement;
            }

            public int Index { get; }
            public string Name { get; }
            public Statement Statement { get; }
        }

        /// <summary>A class of members: the top level, a period, or a segment inside either.</summary>
        internal sealed class Group
        {
            public Group(string name) => Name = name;

            public string Name { get; }
            public List<Member> Members { get; } = new List<Member>();
            public SortedDictionary<string, Group> Children { get; } = new SortedDictionary<string, Group>(System.StringComparer.Ordinal);
        }

        /// <summary>Groups statements for emission. <paramref name="mainPeriod"/> gets the top level.</summary>
        public static Group Arrange<T>(string className, IReadOnlyList<T> statements, FiscalPeriod? mainPeriod, System.Func<T, string> memberName)
            where T : Statement
        {
            var root = new Group(className);
            var scopes = new Dictionary<Group, NameScope>();
            var seen = new HashSet<(Group, string)>();
            for (int i = 0; i < statements.Count; i++)
            {
                var statement = statements[i];
                var group = root;
                if (mainPeriod is not { } main || statement.Period != main)
                    group = Child(group, statement.Period.ToIdentifier());
                if (statement.Segment is not null)
                    group = Child(Child(group, SegmentsClass), Identifiers.Pascal(statement.Segment, "Segment"));

                string name = Identifiers.Pascal(memberName(statement), "Value");
                if (!seen.Add((group, name + "|" + ValueKey(statement)))) continue; // the same fact said again
                if (!scopes.TryGetValue(group, out var scope))
                {
                    scope = new NameScope(group.Name, "All", "ForPeriod", SegmentsClass);
                    foreach (var child in group.Children.Values) scope.Claim(child.Name);
                    scopes[group] = scope;
                }
                group.Members.Add(new Member(i, scope.Claim(name), statement));
            }
            return root;

            // A class for a period or a segment, found again by the same name; its own name is one that no member of
            // the parent has (Segments is reserved for itself), and that neither hides an inherited member nor its parent's name.
            Group Child(Group parent, string name)
            {
                if (parent.Children.TryGetValue(name, out var child)) return child;
                string className = name;
                while (className == parent.Name || NameScope.IsReserved(className)) className += "_";
                if (className != SegmentsClass && scopes.TryGetValue(parent, out var parentScope)) className = parentScope.Claim(className);
                child = new Group(className);
                parent.Children[name] = child;
                return child;
            }
        }

        private static string ValueKey(Statement statement) => statement switch
        {
            Figure figure => figure.Quantity.ToString() ?? "",
            Change change => change.Versus + ":" + change.Quantity,
            Guidance guidance => guidance.LowQuantity + ".." + guidance.HighQuantity + ":" + guidance.Direction,
            _ => "",
        };

        public static string FigureName(Figure figure) => figure.Metric + BasisSuffix(figure.Basis);

        public static string ChangeName(Change change)
        {
            string comparison = change.Versus == change.Period.PreviousQuarter() && change.Period.Kind == FiscalPeriodKind.Quarter ? "Sequential"
                : change.Versus == change.Period.PriorYear() ? "YearOverYear"
                : "Vs" + change.Versus.ToIdentifier();
            return change.Metric + BasisSuffix(change.Basis) + comparison;
        }

        public static string GuidanceName(Guidance guidance) => guidance.Metric + BasisSuffix(guidance.Basis);

        private static string BasisSuffix(Basis basis) => basis switch
        {
            Basis.Gaap => "Gaap",
            Basis.NonGaap => "NonGaap",
            _ => "",
        };

        /// <summary>The guidance period most statements are about (the next quarter, usually), for the top level.</summary>
        public static FiscalPeriod? MainGuidancePeriod(IReadOnlyList<Guidance> guidance) =>
            guidance.Count == 0 ? null
            : guidance.GroupBy(g => g.Period).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
    }
}
