namespace Ingestion.Parser.Core;

/// <summary>"2013", "1998": four digits a page's date prints as its year, of this century or the last.</summary>
internal static class RecentYear
{
    public static bool Is(ReadOnlySpan<char> digits) =>
        digits is ['1', '9', _, _] or ['2', '0', _, _] && char.IsAsciiDigit(digits[2]) && char.IsAsciiDigit(digits[3]);
}
