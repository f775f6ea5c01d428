namespace Ingestion.Parser.Core;

/// <summary>
/// "Online: http://www.portalden.gov/pier": the wire's closing line that gives the addresses the story mentions, set
/// under a "___" rule after the text. It is a list of links, no sentence of the story; a sentence that begins with the
/// word ("Online: the new frontier for …") has words after the colon, not only addresses.
/// </summary>
internal static class OnlineLinkLine
{
    private const string Label = "Online:";

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length <= Label.Length + 4 || text[0] != 'O' || !text.StartsWith(Label, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = text[Label.Length..].Trim();
        if (rest.IsEmpty)
        {
            return false;
        }

        foreach (var range in rest.Split(' '))
        {
            var token = rest[range].Trim(",;");
            if (!token.IsEmpty && !token.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !token.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                && !token.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
