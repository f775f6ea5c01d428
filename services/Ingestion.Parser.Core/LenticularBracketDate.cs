namespace Ingestion.Parser.Core;

/// <summary>
/// "【2019.03.08】": a Japanese press-release page prints its date in lenticular brackets, as others set one in square
/// brackets ("[2019-03-08]"). The brackets are no part of the date, so <see cref="DateLineParser"/> reads them as the
/// separators the ASCII brackets already are; a label in them ("【速報】") is still a word of no date and turns the line
/// down. Cost: two more characters in the separator set asked only for non-ASCII characters.
/// </summary>
internal static class LenticularBracketDate
{
    public const string Brackets = "【】";
}
