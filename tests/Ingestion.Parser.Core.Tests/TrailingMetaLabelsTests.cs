using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TrailingMetaLabelsTests
{
    [Theory]
    [InlineData("Author: Brenda Kowalczyk Thursday, September 26, 2013 Categories: Public Safety, Local Article Views: 1,318", "Author: Brenda Kowalczyk Thursday, September 26, 2013")]
    [InlineData("Written by Ann Cole 26 September 2013 Hits: 611", "Written by Ann Cole 26 September 2013")]
    public void The_labelled_items_after_the_date_leave_the_line(string line, string expected) =>
        Assert.Equal(expected, TrailingMetaLabels.Without(line));

    [Theory]
    [InlineData("Categories: Public Safety, Local")]
    [InlineData("By Brenda Kowalczyk Categories: Local")]
    [InlineData("The council voted 6-1 on Tuesday.")]
    public void A_line_without_a_date_before_the_label_is_left_alone(string line) =>
        Assert.Equal(line, TrailingMetaLabels.Without(line));

    [Fact]
    public void The_writer_and_the_date_of_such_a_row_are_read()
    {
        const string html = """
            <html><head><title>Sheriff adds second K-9 team</title></head><body>
            <h1>Sheriff adds second K-9 team</h1>
            <div class="details"><span>Author: <a href="/a/12">Brenda Kowalczyk</a></span>
            <span>Thursday, September 26, 2013</span>
            <span>Categories: <a href="/c/1">Public Safety</a>, <a href="/c/2">Local</a></span>
            <span>Article Views: 1,318</span></div>
            <p>The sheriff's office will put a second police dog on patrol next month, after residents raised the money for it.</p>
            <p>Ranger, a 2-year-old Belgian Malinois, and his handler finished a 12-week certification course last week.</p>
            </body></html>
            """;

        var parsed = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "k9.html");

        Assert.Equal(["Brenda Kowalczyk"], parsed.Authors);
        Assert.Equal("2013-09-26", parsed.PublishedAt);
        Assert.Empty(parsed.Tags);
    }
}
