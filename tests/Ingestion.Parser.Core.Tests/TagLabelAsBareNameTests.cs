using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TagLabelAsBareNameTests
{
    [Theory]
    [InlineData("Related Topics")]
    [InlineData("Tags:")]
    [InlineData("Filed under")]
    public void A_tag_lists_label_is_no_name(string line) => Assert.True(TagLabelAsBareName.Is(line));

    [Theory]
    [InlineData("Dana Whitcomb")]
    [InlineData("Rosa Tagliani")]
    public void A_writers_name_is_no_label(string line) => Assert.False(TagLabelAsBareName.Is(line));

    [Fact]
    public void A_dumps_tag_label_under_the_headline_names_no_writer()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            Coast Daily

            Harbour strike talks to resume on Monday

              • 4 June 2021
              • comments

            Related Topics

              • Harbour strike

            Talks between the harbour board and the dockers' union will resume on Monday after a week without a meeting.

            The union said its members would keep working to rule until an offer on shift pay was put to them in writing.

            The board said it hoped the two sides could agree a timetable for the talks before the end of the month.
            """), "strike.w3m.txt");

        Assert.Empty(page.Authors);
    }
}
