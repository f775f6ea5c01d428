using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "Die Rechte aller Beiträge liegen beim Verlag. Jede Weitergabe ist kostenpflichtig.": the publisher's small print under
/// a story on who holds the texts' rights and that passing them on is paid for or forbidden, no paragraph of the story. It
/// names the rights, the passing on and the fee or the ban together in a few short sentences; a story about a copyright
/// dispute names them in longer prose, and only the text's last paragraph is asked.
/// </summary>
internal static class RedistributionNotice
{
    private const int MaxLength = 300;

    private static readonly SearchValues<string> RightsWords = SearchValues.Create(["rechte ", "rights "], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> PassingOnWords = SearchValues.Create(
        ["weiterverbreitung", "weitergabe", "weiterverwendung", "nachdruck", "redistribution", "republication", "reproduction"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> FeeOrBanWords = SearchValues.Create(
        ["honorarpflichtig", "kostenpflichtig", "nicht erlaubt", "nicht gestattet", "untersagt", "is prohibited", "not permitted", "is forbidden", "subject to a fee"], StringComparison.OrdinalIgnoreCase);

    public static bool Is(ReadOnlySpan<char> text) =>
        text.Length <= MaxLength && text.IndexOfAny(PassingOnWords) >= 0 && text.IndexOfAny(FeeOrBanWords) >= 0 && text.IndexOfAny(RightsWords) >= 0;

    public static List<string> Without(List<string> body) => body.Count > 0 && Is(body[^1]) ? body[..^1] : body;
}
