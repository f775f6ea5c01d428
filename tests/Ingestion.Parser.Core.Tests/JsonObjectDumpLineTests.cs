using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class JsonObjectDumpLineTests
{
    [Theory]
    [InlineData("{\"method\":\"get\",\"path\":\"self.screen.width\",\"level\":\"info\",\"category\":\"screen\",\"url\":\"https://tideline.example/ferries/fares\",\"stack\":[]}")]
    [InlineData("  {\"site\": \"tideline\", \"section\": \"harbour\", \"slug\": \"ferry-fares\", \"type\": \"story\"}  ")]
    public void A_json_object_of_quoted_keys_is_a_dump(string text) => Assert.True(JsonObjectDumpLine.Is(text));

    [Theory]
    [InlineData("{\"site\": \"tideline\", \"section\": \"harbour\"}")]
    [InlineData("The board wrote {\"fare\": 4, \"zone\": 2, \"day\": 1, \"pass\": 0} into its open data, a spokesman said.")]
    [InlineData("The harbour board said on Monday that fares on the island ferries will rise by a tenth from next month.")]
    public void Fewer_keys_or_an_object_inside_a_sentence_is_no_dump(string text) => Assert.False(JsonObjectDumpLine.Is(text));

    [Fact]
    public void A_rendered_pages_hidden_json_line_is_neither_headline_nor_text()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "ferry.lynx.txt");

        Assert.Equal("Ferry fares to rise on the island routes", page.Title);
        Assert.StartsWith("The harbour board said on Monday", page.BodyParagraphs[0], StringComparison.Ordinal);
    }

    private const string Page = """
           {"method":"get","path":"self.navigator.languages","level":"info","category":"navigator","url":"https://tideline.example/ferries/ferry-fares-to-rise-on-the-island-routes","stack":[]}

           Sign InCreate Account
           + English
             * Harbour
             * Ferries
             * Weather

           © 2021 TIDELINE MEDIA

        Ferry fares to rise on the island routes

           by Dana Whitcomb
           July 9, 2021, 8:02pm

           The harbour board said on Monday that fares on the island ferries will rise by a tenth from the start of next month, the first rise in four years.

           Boats will leave the north pier every forty minutes instead of every half hour, and the last crossing will be at nine in the evening.

           Captains said the new timetable would give crews a longer rest between crossings during the winter storms.
        """;
}
