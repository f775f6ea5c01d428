namespace Ingestion.Parser.Core;

/// <summary>
/// "Top Comments | All Comments" / "Discussion Policy" / "Brookland_Ed": the link to the site's rules for the thread,
/// alone on its line above the comments, is no commenter's name, however bare the names under it are.
/// </summary>
internal static class ThreadRulesLink
{
    private static readonly WordSet Links = new(
        ["Discussion Policy", "Comment Policy", "Comments Policy", "Commenting Policy", "Comment Guidelines", "Commenting Guidelines",
            "Community Guidelines", "Community Rules", "Discussion Guidelines", "Discussion Rules", "House Rules", "Comment Rules", "Conversation Guidelines"]);

    public static bool Is(string text) => text.Length is > 10 and < 30 && Links.Contains(text.AsSpan().Trim());
}
