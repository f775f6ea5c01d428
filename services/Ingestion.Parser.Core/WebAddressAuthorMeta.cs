namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta name="author" content="Pixelwerk d.o.o. - www.pixelwerk.example"&gt;": the agency that built a site's theme
/// signs the author meta of every page it prints with its name and bare web address, as it would sign a letterhead. A
/// name followed by a web address with no brackets around it (a writer's home page in brackets is HomePageAfterAuthor's)
/// advertises a business, no writer of the post: the byline in the page is read instead, as for an address with its
/// scheme ("://").
/// </summary>
internal static class WebAddressAuthorMeta
{
    public static bool Is(string author)
    {
        var value = author.AsSpan().TrimEnd();
        var lastWord = value[(value.LastIndexOf(' ') + 1)..];
        // "www.host.example": the prefix, then a host with at least one more dot.
        return lastWord.Length > 8 && lastWord.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && lastWord[4..].IndexOf('.') > 0;
    }
}
