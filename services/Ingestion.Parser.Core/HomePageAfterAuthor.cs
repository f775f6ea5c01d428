namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta name="author" content="Jane Q. Ostrander (http://example.org/jqo/)"&gt;": a hand-made personal site signs its
/// pages with the owner's name and home page, as a mail header writes "Name &lt;address&gt;". The address in brackets is
/// no part of the name; without it the meta names the writer, where the whole value was refused for its address.
/// </summary>
internal static class HomePageAfterAuthor
{
    public static string Without(string author)
    {
        var value = author.Trim();
        if (value.Length == 0 || value[^1] is not (')' or '>'))
        {
            return author;
        }

        var open = value.LastIndexOf(value[^1] == ')' ? '(' : '<');
        if (open <= 0)
        {
            return author;
        }

        var inside = value.AsSpan(open + 1, value.Length - open - 2).Trim();
        var name = value[..open].TrimEnd();
        return IsAddress(inside) && name.Length > 0 && !name.Contains("://", StringComparison.Ordinal) ? name : author;
    }

    /// <summary>
    /// A full web address: a host alone in brackets ("Harbour Radio (www.example.org)") is a publisher's line, which the
    /// author meta's other checks read whole.
    /// </summary>
    private static bool IsAddress(ReadOnlySpan<char> text) =>
        !text.Contains(' ') && (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase));
}
