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

        /// <summary>The names of the calls claimed; a null claim is a transcript that gave no call.</summary>
        public static NameIndex Build(ImmutableArray<NameClaim?> claims, string topLevelClass)
        {
            var ordered = claims.Where(c => c is not null).Select(c => c!).OrderBy(c => c.RelativePath, StringComparer.Ordinal).ThenBy(c => c.Path, StringComparer.Ordinal).ToList();
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
        /// <c>Calls/jnpr-q3-2009.txt</c> → <c>53c803.Calls.jnpr-q3-2009.txt</c>: the path kept, readable and valid
        /// everywhere, behind a hash of it of 1 to 16 hex digits, as many as the hash's top four bits say. Why: on every
        /// run, cached or not, Roslyn checks each source's name against every name added before it (a linear scan with
        /// <c>OrdinalIgnoreCase</c>, which compares lengths first, then characters from the first); with a thousand
        /// names of one length sharing <c>Transcripts.Calls.</c>, those half a million comparisons were most of an
        /// incremental run. Names spread over sixteen lengths are mostly told apart by length, and the rest by their
        /// first characters.
        /// </summary>
        internal static string HintNameOf(string relativePath)
        {
            ulong hash = PathHash(relativePath);
            int digits = 1 + (int)(hash >> 60);
            var builder = new StringBuilder(relativePath.Length + 24);
            builder.Append(hash.ToString("x16", CultureInfo.InvariantCulture), 0, digits).Append('.');
            foreach (char c in relativePath)
            {
                if (c == '/' || c == '\\') builder.Append('.');
                else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.') builder.Append(c);
                else builder.Append('_');
            }
            return builder.ToString();
        }

        /// <summary>64-bit FNV-1a over the path's UTF-16 code units, either slash counted as '/': the same on every OS and run.</summary>
        private static ulong PathHash(string relativePath)
        {
            ulong hash = 14695981039346656037;
            foreach (char c in relativePath)
            {
                hash ^= c == '\\' ? '/' : c;
                hash *= 1099511628211;
            }
            return hash;
        }
    }
}
