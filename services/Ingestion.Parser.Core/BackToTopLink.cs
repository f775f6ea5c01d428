namespace Ingestion.Parser.Core;

/// <summary>
/// "サイト名TOPへ", "ページTOPへ", "トップへ戻る", "ページの先頭へ": a Japanese site's button back to its home or to the page's top,
/// a short link line ending with "to the top" (TOP/トップ + へ, maybe 戻る "go back"). No sentence ends that way: a
/// Japanese sentence closes with a verb's ending or 。, never with the bare particle へ after "TOP".
/// </summary>
internal static class BackToTopLink
{
    private static readonly string[] Endings = ["TOPへ", "トップへ", "TOPへ戻る", "トップへ戻る", "TOPに戻る", "トップに戻る", "ページの先頭へ", "ページの先頭へ戻る"];

    public static bool Is(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.Length is < 3 or > 30)
        {
            return false;
        }

        foreach (var ending in Endings)
        {
            if (text.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
