using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="player-track"&gt;&lt;button&gt;&lt;span class="sr-only"&gt;Play Track&lt;/span&gt;&lt;/button&gt;&lt;div class="player-display"&gt;
/// &lt;span&gt;"Night Tide" — The Harbour Lights&lt;/span&gt;&lt;span class="source"&gt;Via &lt;a&gt;Bandcamp&lt;/a&gt; / &lt;a&gt;Buy&lt;/a&gt;&lt;/span&gt;…":
/// a music review's track player whose audio a script loads, so the saved page holds its play button but no &lt;audio&gt;.
/// The player's box (the nearest element whose class names a player, around a button that says "Play") holds the
/// track's title, its source and shop links and the button's label: the player's, no paragraph, as the controls beside
/// a &lt;video&gt; are. A box holding a paragraph, or long text, or the text's own container is not taken.
/// </summary>
internal static class ScriptedPlayerBox
{
    private const int LongestPlayer = 300;

    public static void Remove(IDocument document, IElement?[] rootCandidates)
    {
        List<IElement>? players = null;
        foreach (var button in document.SelectAll("button"))
        {
            if (!SaysPlay(button) || button.ParentElement?.Nearest("[class*='player']") is not { } player
                || player.LocalName is "body" or "main" or "article" || NodeText.IsLongerThan(player, LongestPlayer) || player.SelectFirst("p") is not null
                || HoldsRoot(player, rootCandidates))
            {
                continue;
            }

            (players ??= []).Add(player);
        }

        if (players is null)
        {
            return;
        }

        foreach (var player in players)
        {
            player.Remove();
        }
    }

    /// <summary>"Play", "Play Track", aria-label="Play audio": a button that starts playing.</summary>
    private static bool SaysPlay(IElement button) =>
        button.TextContent.AsSpan().TrimStart().StartsWith("play", StringComparison.OrdinalIgnoreCase)
        || (button.GetAttribute("aria-label") is { } label && label.AsSpan().TrimStart().StartsWith("play", StringComparison.OrdinalIgnoreCase));

    private static bool HoldsRoot(IElement player, IElement?[] rootCandidates)
    {
        foreach (var candidate in rootCandidates)
        {
            if (candidate is not null && (candidate == player || player.Contains(candidate)))
            {
                return true;
            }
        }

        return false;
    }
}
