using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class KeyValueDumpLineTests
{
    [Theory]
    [InlineData("site: media | arena: harbour | pageType: stories | section: news | slug: ferry-fares-to-rise-on-the-island-routes | sport: sailing")]
    [InlineData("  site: media | arena: harbour | pageType: stories | section: news  ")]
    public void Bar_parted_key_value_pairs_are_a_dump(string text) => Assert.True(KeyValueDumpLine.Is(text));

    [Theory]
    [InlineData("Posted: Sep 11, 2013 9:05 PM | Updated: Sep 12, 2013 11:30 AM")]
    [InlineData("site: media | arena: harbour | section: news")]
    [InlineData("Ferry fares: what changes | Timetable: the new crossings | Section: news | Map: routes")]
    [InlineData("The harbour board said on Monday that fares on the island ferries will rise by a tenth from next month.")]
    public void Fewer_pairs_or_keys_of_several_words_are_no_dump(string text) => Assert.False(KeyValueDumpLine.Is(text));

    [Fact]
    public void A_rendered_pages_tracking_line_opens_no_text()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "ferry.lynx.txt");

        Assert.DoesNotContain(page.BodyParagraphs, p => p.Contains("pageType:", StringComparison.Ordinal));
        Assert.StartsWith("The harbour board said on Monday", page.BodyParagraphs[0], StringComparison.Ordinal);
    }

    private const string Page = """

           site: media | arena: harbour | pageType: stories | section: news | slug: ferry-fares-to-rise-on-the-island-routes | sport: sailing | 6-keys: media/harbour/reg/free/stories

             * Harbour Coast
             * Ferries
             * Weather

        Ferry fares to rise on the island routes

             * by Dana Whitcomb

        The harbour board said on Monday that fares on the island ferries will rise by a tenth from the start of next month, the first rise in four years.

        Boats will leave the north pier every forty minutes instead of every half hour, and the last crossing will be at nine in the evening.

        Captains said the new timetable would give crews a longer rest between crossings during the winter storms.
        """;
}
