using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;

namespace TypedTranscripts.Generator.Pipeline
{
    /// <summary>What the index needs of one generated call: names and a line of description, nothing heavy.</summary>
    internal sealed record NameClaim(string Path, string RelativePath, string CompanyClass, string CallClass,
        string? Company, string? Ticker, string? Period);

    /// <summary>The final class and hint name of one call.</summary>
    internal sealed record ResolvedName(string Path, string RelativePath, string CompanyClass, string CallClass, string HintName, string? Company, string? Ticker, string? Period);

    /// <summary>
    /// Every call's final names. Two transcripts that ask for the same class both stay (nothing is lost): the later
    /// one by path gets a numbered name and a diagnostic. Hint names are unique and carry the relative path.
    /// </summary>
    internal sealed record NameIndex(EquatableArray<ResolvedName> Names, EquatableArray<DiagnosticInfo> Diagnostics)
    {
        /// <summary>Names a company class must not take: the members of the top-level class.</summary>
        private static readonly string[] ReservedCompanyNames = { "All" };

        /// <summary>Names a call class must not take: the members of the company class and its own (CS0542).</summary>
        private static readonly string[] ReservedCallNames = { "All", "Call", "Speakers", "Sections", "Exchanges", "Figures", "Changes", "Guidance" };

        public static NameIndex Build(ImmutableArray<NameClaim> claims, string topLevelClass)
        {
            var ordered = claims.OrderBy(c => c.RelativePath, StringComparer.Ordinal).ThenBy(c => c.Path, StringComparer.Ordinal).ToList();
            var takenClasses = new HashSet<string>(StringComparer.Ordinal);
            var firstOwner = new Dictionary<string, string>(StringComparer.Ordinal);
            var takenHints = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var names = new List<ResolvedName>(ordered.Count);
            var diagnostics = new List<DiagnosticInfo>();
            foreach (var claim in ordered)
            {
                string company = claim.CompanyClass;
                while (company == topLevelClass || Array.IndexOf(ReservedCompanyNames, company) >= 0 || Emit.NameScope.IsReserved(company)) company += "_";
                string call = claim.CallClass;
                while (call == company || Array.IndexOf(ReservedCallNames, call) >= 0 || Emit.NameScope.IsReserved(call)) call += "_";

                string wanted = company + "." + call;
                string key = wanted;
                for (int n = 2; key == company + "." + company || !takenClasses.Add(key); n++)
                {
                    key = company + "." + call + "_" + n.ToString(CultureInfo.InvariantCulture);
                }
                if (key != wanted)
                {
                    string renamed = key.Substring(company.Length + 1);
                    diagnostics.Add(DiagnosticInfo.AtFile(ProblemCode.DuplicateClass,
                        $"'{claim.RelativePath}' maps to {topLevelClass}.{wanted}, like '{firstOwner[wanted]}'; it is generated as {topLevelClass}.{company}.{renamed}. Set the ClassName (or CompanyClassName) metadata to name it yourself.",
                        claim.Path));
                    call = renamed;
                }
                else
                {
                    firstOwner[wanted] = claim.RelativePath;
                }

                string hint = HintNameOf(claim.RelativePath);
                string uniqueHint = hint;
                for (int n = 2; !takenHints.Add(uniqueHint); n++) uniqueHint = hint + "_" + n.ToString(CultureInfo.InvariantCulture);
                names.Add(new ResolvedName(claim.Path, claim.RelativePath, company, call, uniqueHint + ".g.cs", claim.Company, claim.Ticker, claim.Period));
            }
            // Sorted by path so that each file finds its name by binary search (1,000 transcripts, 1,000 look-ups).
            names.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
            return new NameIndex(new EquatableArray<ResolvedName>(names.ToArray()), new EquatableArray<DiagnosticInfo>(diagnostics.ToArray()));
        }

        public ResolvedName? Find(string path)
        {
            int low = 0, high = Names.Count - 1;
            while (low <= high)
            {
                int middle = low + (high - low) / 2;
                int order = string.CompareOrdinal(Names[middle].Path, path);
                if (order == 0) return Names[middle];
                if (order < 0) low = middle + 1;
                else high = middle - 1;
            }
            return null;
        }

        /// <summary>
        /// <c>Calls/jnpr-q3-2009.txt</c> → <c>3f0c2a91.Calls.jnpr-q3-2009.txt</c>: the path kept, readable and valid
        /// everywhere, behind a hash of it. Roslyn checks each added source against every one before it, comparing names
        /// ignoring case from their first character; names that differ there make each comparison one step, where a
        /// shared prefix such as <c>Transcripts.Calls.</c> made it several, a thousand times a thousand times a run.
        /// </summary>
        internal static string HintNameOf(string relativePath)
        {
            var builder = new StringBuilder(relativePath.Length + 16);
            builder.Append(PathHash(relativePath).ToString("x8", CultureInfo.InvariantCulture)).Append('.');
            foreach (char c in relativePath)
            {
                if (c == '/' || c == '\\') builder.Append('.');
                else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.') builder.Append(c);
                else builder.Append('_');
            }
            return builder.ToString();
        }

        /// <summary>FNV-1a over the path's UTF-16 code units, either slash counted as '/': the same on every OS and run.</summary>
        private static uint PathHash(string relativePath)
        {
            uint hash = 2166136261;
            foreach (char c in relativePath)
            {
                hash ^= c == '\\' ? '/' : c;
                hash *= 16777619;
            }
            return hash;
        }
    }
}
