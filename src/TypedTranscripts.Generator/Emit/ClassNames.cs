using System.IO;

namespace TypedTranscripts.Generator.Emit
{
    /// <summary>
    /// The class a call is generated into: <c>Transcripts.{Company}.{Call}</c>. The company class comes from the ticker
    /// (<c>Jnpr</c>), else the company name, else the file name; the call class from the fiscal period (<c>Q3_2009</c>),
    /// else the date, else the file name. Item metadata (<c>CompanyClassName</c>, <c>ClassName</c>) wins.
    /// </summary>
    internal static class ClassNames
    {
        public static (string Company, string Call) For(EarningsCall call, string? companyClassName, string? callClassName, string relativePath)
        {
            string stem = Identifiers.Pascal(SafeStem(relativePath), "Transcript");
            string company = companyClassName is not null
                ? Identifiers.Pascal(companyClassName, "Company")
                : Identifiers.Pascal(call.Ticker, "") is { Length: > 0 } fromTicker ? fromTicker
                : Identifiers.Pascal(call.Company, "") is { Length: > 0 } fromCompany ? fromCompany
                : stem;
            string callName = callClassName is not null
                ? Identifiers.Pascal(callClassName, "Call")
                : call.FiscalPeriod is { } period ? period.ToIdentifier()
                : call.Date is { } date ? "Call_" + date.ToString("yyyy_MM_dd", System.Globalization.CultureInfo.InvariantCulture)
                : stem;
            return (company, callName);
        }

        private static string SafeStem(string path)
        {
            try
            {
                return Path.GetFileNameWithoutExtension(path);
            }
            catch (System.ArgumentException)
            {
                return path;
            }
        }
    }
}
