namespace Ingestion.Parser.Core;

/// <summary>
/// "Men's Journal editors", "Courier-Post staff": a newsroom's capitalised name followed by its role word in lower case, as a
/// template fills the byline and the JSON-LD "Person" of every story no one writer signed. It is a desk's signature like
/// "Metro Desk" (<see cref="SignedByDesk"/>), which asks every word capitalised. A person's name never ends in a lower-case
/// "editors" or "staff"; a lower-case word anywhere before it ("Stories by our staff") is a phrase, not a name.
/// Cost: asked of each JSON-LD, microdata or Parse.ly author name; one pass over the words, no allocation.
/// </summary>
internal static class LowerCaseDeskRole
{
    private const int MaxWords = 5;

    public static bool Is(ReadOnlySpan<char> name)
    {
        name = name.Trim();
        var lastSpace = name.LastIndexOf(' ');
        if (lastSpace <= 0)
        {
            return false;
        }

        var role = name[(lastSpace + 1)..];
        var newsroom = name[..lastSpace].TrimEnd();
        return char.IsLower(role[0]) && BylineParser.IsRoleTitle(role)
            && Words.CapitalisedCount(newsroom, MaxWords - 1) is > 0 and var capitalised && capitalised == Words.Count(newsroom);
    }
}
