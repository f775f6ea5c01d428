using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ThreadHeadingTitleTests
{
    [Theory]
    [InlineData("5 thoughts on “Parsing logs: a tale of two tools”", "Parsing logs: a tale of two tools")]
    [InlineData("12 Responses to \"Parsing logs: a tale of two tools\"", "Parsing logs: a tale of two tools")]
    [InlineData("2 Gedanken zu „Ein Tag am Hafen“", "Ein Tag am Hafen")]
    [InlineData("3 réflexions sur « Un jour au port »", "Un jour au port")]
    [InlineData("5 Comments", null)]
    [InlineData("\"", null)]
    [InlineData("One thought on “Hi”", null)] // too short to find again
    public void The_heading_quotes_the_posts_title(string heading, string? title) => Assert.Equal(title, ThreadHeadingTitle.Quoted(heading));

    [Fact]
    public void A_sidebar_printed_over_the_post_gives_way_to_the_quoted_headline()
    {
        var page = TextPageSplitter.Split("""
            Nadia's notebook

            Nadia Osei is a professor of computer science in Halifax. Her research is on software performance and data structures.

            Recent Posts

            Science links of the week
            Are short identifiers safe from collision?

            Parsing logs: a tale of two tools

            Logs are everywhere in a data centre. There is a lot of log text that needs to be parsed and searched every day.

            A reader asked how our fast parser compares with the most popular library, so we ran both on four files.

            Posted on March 2, 2021March 2, 2021Author Nadia OseiCategories

            2 thoughts on “Parsing logs: a tale of two tools”

            Sam Rowe says:
            March 3, 2021 at 4:11 am
            Thanks for posting this, the difference is impressive.

            Nadia Osei says:
            March 3, 2021 at 9:30 am
            Thanks, Sam.
            """);
        Assert.Equal("Parsing logs: a tale of two tools", page.Title);
        Assert.Equal("Logs are everywhere in a data centre. There is a lot of log text that needs to be parsed and searched every day.", page.BodyParagraphs[0]);
        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.Equal(["Nadia Osei"], page.Authors);
        Assert.Equal("2021-03-02", page.PublishedAt);
    }
}
