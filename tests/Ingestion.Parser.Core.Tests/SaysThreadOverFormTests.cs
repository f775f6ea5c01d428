using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SaysThreadOverFormTests
{
    private const string Article = """
        Harbour Public Radio

        School Board Puts $18 Million Question on Ballot

        by Mira Collins — published Sep 26, 2013 04:10 PM

        The harbour school board voted on Wednesday to ask voters for $18 million to replace the boilers and the roof of the high school.

        If the question passes, the board estimates the tax on an average home would rise by about $84 a year for 20 years.

        The board plans three public information sessions this winter, the first in the high school library in November.

        Filed under: Education, Harbour Town

        """;

    [Fact]
    public void Says_headers_over_dates_above_the_only_form_heading_are_the_thread()
    {
        var page = Parse(Article + """
            Olive Brandt says:
            Sep 26, 2013 05:40 PM

            We passed the last question in 2004 and the board built what it promised.
            Reply
            Ned Harlow says:
            Sep 26, 2013 06:02 PM

            My taxes already went up last year.
            Reply

            Add comment

            You can add a comment by filling out the form below. Plain text formatting. Comments are moderated.
            Name ____________________
            Comment
            Comment Cancel
            """);

        Assert.Equal(["Olive Brandt", "Ned Harlow"], page.Comments.Select(c => c.Author));
        Assert.Equal(["2013-09-26T17:40:00", "2013-09-26T18:02:00"], page.Comments.Select(c => c.PostedAt));
        Assert.Equal("The board plans three public information sessions this winter, the first in the high school library in November.", page.BodyParagraphs[^1]);
    }

    [Fact]
    public void One_says_line_in_the_text_opens_no_thread()
    {
        var page = Parse(Article.Replace("Filed under: Education, Harbour Town", "The superintendent says:\nSep 26, 2013 05:40 PM\n\nWe will hold the sessions in every school.") + """

            Add comment

            Name ____________________
            """);

        Assert.Empty(page.Comments);
    }

    private static ParsedPage Parse(string text) => PageParser.Parse(Encoding.UTF8.GetBytes(text), "page.txt");
}
