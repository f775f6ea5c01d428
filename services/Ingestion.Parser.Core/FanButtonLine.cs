namespace Ingestion.Parser.Core;

/// <summary>
/// "LoneStarLiberal" / "1,203 Fans" / "Become a fan" / "04:31 PM on 09/26/2013": a site's own comment system prints the
/// button that follows the commenter on a line of its own under the count of followers, between the name and the time.
/// The line is the site's furniture, so the header's name stands above it and the follower count.
/// </summary>
internal static class FanButtonLine
{
    private static readonly WordSet Buttons = new(["become a fan", "follow", "+ follow", "follow me"]);

    public static bool Is(string text) => text.Length is >= 6 and <= 20 && Buttons.Contains(text.AsSpan().Trim());
}
