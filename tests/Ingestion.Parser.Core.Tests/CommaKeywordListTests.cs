using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommaKeywordListTests
{
    [Theory]
    [InlineData("Harbour, Ferries, Timetable, Winter schedule")]
    [InlineData("Fahrrad, Radweg, Stadtrat, neue Brücke")]
    public void A_list_of_short_terms_is_a_keyword_list(string line) => Assert.True(CommaKeywordList.Is(line));

    [Theory]
    [InlineData("Mayor, council, unions agree on budget")]
    [InlineData("Sun, sea, sand and sangria")]
    [InlineData("Bread, milk, eggs, and butter")]
    [InlineData("Lions, tigers, bears: the zoo reopens")]
    [InlineData("He bought bread, milk, eggs, butter.")]
    public void A_headline_or_sentence_with_commas_is_no_keyword_list(string line) => Assert.False(CommaKeywordList.Is(line));

    [Fact]
    public void The_keyword_alt_text_over_the_caption_is_no_headline()
    {
        const string Page =
            "Ferries keep to the winter timetable despite the storms\n\n5. Dez 2018\n"
            + "Harbour, Ferries, Timetable, Winter schedule\n"
            + "The morning ferry leaves the old pier. (Foto: Hafenamt / Pier)\n"
            + "geschrieben von Lena Kamps\n\n"
            + "The harbour office said on Monday that the ferries would keep to the winter timetable whatever the weather brings.\n\n"
            + "Only the late crossing on Sundays is dropped until March, the office said, because few passengers take it.\n";

        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page), "page_w3m.txt");

        Assert.Equal("Ferries keep to the winter timetable despite the storms", page.Title);
    }
}
