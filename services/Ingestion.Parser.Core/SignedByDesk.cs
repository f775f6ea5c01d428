namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;li itemprop="author"&gt;&lt;span itemprop="name"&gt;Our Overseas Staff&lt;/span&gt;&lt;/li&gt;", "Metro Desk", "Sentinel Staff": the
/// byline's microdata names the newsroom that signs the story, which is no writer; a desk signature in a byline line
/// already names none (DeskByline).
/// </summary>
internal static class SignedByDesk
{
    /// <summary>Whether <paramref name="name"/> is a desk's signature of two to five capitalised words ending in a role ("Staff", "Desk").</summary>
    public static bool Is(string name) =>
        (Words.CountUpTo(name, 6) is >= 2 and <= 5 && Words.CapitalisedCount(name, 6) == Words.Count(name)
        && !name.StartsWith("The ", StringComparison.OrdinalIgnoreCase) && BylineParser.IsDeskName(name))
        // "Men's Journal editors": the role word in lower case after the newsroom's name (LowerCaseDeskRole).
        || LowerCaseDeskRole.Is(name);
}
