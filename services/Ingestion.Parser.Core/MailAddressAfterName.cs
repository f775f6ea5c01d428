namespace Ingestion.Parser.Core;

/// <summary>
/// "by lwatanabe (94117) &lt;lwatanabe@example.net&gt; on Tuesday …": Slash prints the address a user chose to show in angle
/// brackets after the name and number; it is no part of the name.
/// </summary>
internal static class MailAddressAfterName
{
    public static ReadOnlySpan<char> Strip(ReadOnlySpan<char> name)
    {
        if (name.Length < 8 || name[^1] != '>' || name.LastIndexOf(" <", StringComparison.Ordinal) is not (> 0 and var open))
        {
            return name;
        }

        var address = name[(open + 2)..^1];
        return address.IndexOf('@') > 0 && !address.ContainsAny(' ', '<') ? name[..open].TrimEnd() : name;
    }
}
