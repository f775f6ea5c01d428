namespace Ingestion.Parser.Core;

/// <summary>
/// "Rita Said" over "26 Sep 2013, 18:12": Said is a common surname in Malta and across the Arab world, and a comment
/// system that prints the name on a line of its own shows it so. A "Name said" header always carries more than the bare
/// verb: a colon, an ellipsis or a time after it, and the verb in lower case ("Rita said:"). A capitalised "Said" that ends
/// the line with nothing after it is the family name, so the line is no "says" header and the name keeps it.
/// </summary>
internal static class SaidSurname
{
    private const string Surname = " Said";

    /// <summary>Whether the header line ends with the capitalised surname "Said" after a capitalised given name.</summary>
    public static bool Ends(ReadOnlySpan<char> header)
    {
        var trimmed = header.TrimEnd();
        return trimmed.Length > Surname.Length + 1
            && trimmed.EndsWith(Surname, StringComparison.Ordinal)
            && char.IsUpper(trimmed[0]);
    }
}
