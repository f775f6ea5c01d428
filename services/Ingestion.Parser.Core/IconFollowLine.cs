namespace Ingestion.Parser.Core;

/// <summary>
/// "Devenez fan sur &lt;a&gt;&lt;img …&gt;&lt;/a&gt;, suivez-nous sur &lt;a&gt;&lt;img …&gt;&lt;/a&gt;": a site's call to follow it under the text,
/// whose networks are logos. With the images gone the line reads "Devenez fan sur , suivez-nous sur": a follow call
/// ("follow us", "suivez-nous", "folgen Sie uns", "síguenos", "seguici", "siga-nos", "like us", "find us", "devenez fan")
/// that ends on its preposition, the object it had being a picture. A writer's sentence ends with its object and a stop
/// ("Follow us on the trail, the guide said."), so only a short line with no closing stop, whose last word is a
/// preposition, is taken.
/// Cost: a length and last-character check a line; one phrase search and one word look-up on a candidate.
/// </summary>
internal static class IconFollowLine
{
    private const int MaxLength = 100;

    private static readonly PhraseSet FollowCalls = new(
        "follow us", "like us", "find us", "join us", "fan of us", "suivez-nous", "suivez nous", "retrouvez-nous", "devenez fan", "rejoignez-nous",
        "folgen sie uns", "folge uns", "werden sie fan", "síguenos", "siguenos", "hazte fan", "seguici", "diventa fan", "siga-nos", "segue-nos", "volg ons");

    private static readonly WordSet Prepositions = new("on", "at", "in", "via", "sur", "auf", "bei", "en", "su", "no", "na", "em", "op");

    public static bool Is(ReadOnlySpan<char> text)
    {
        var trimmed = text.TrimEnd();
        if (trimmed.Length is < 10 or > MaxLength || trimmed[^1] is '.' or '!' or '?' or ')' or '"' or '»' or '”')
        {
            return false;
        }

        var lastSpace = trimmed.LastIndexOf(' ');
        var lastWord = trimmed[(lastSpace + 1)..].TrimEnd(",:;");
        return lastSpace > 0 && Prepositions.Contains(lastWord) && FollowCalls.FoundIn(trimmed);
    }
}
