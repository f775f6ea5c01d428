using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RepeatedHandleHeaderTests
{
    private const string Article = FerryVotesPost.Text + """
        3 comments

        """;

    [Fact]
    public void A_handle_printed_twice_before_its_date_heads_a_comment()
    {
        var page = Parse(Article + """
            @olivebrandtolivebrandtMar 21
            …

            Did the county warn you before it changed the file's columns?

            @mira-collinsmira-collinsAuthorMar 21
            …

            It did not. The script stops when the columns change and the map keeps the last good numbers.

            @quaywatch quaywatchMar 22
            …

            Bookmarking this for the harbour board vote next spring.

            Write Preview
            Sign in with GitHub
            """);

        Assert.Equal(["olivebrandt", "mira-collins", "quaywatch"], page.Comments.Select(c => c.Author));
        Assert.Equal("It did not. The script stops when the columns change and the map keeps the last good numbers.", page.Comments[1].Paragraphs[^1]);
        Assert.Equal("The whole setup cost us less than fifty dollars, most of it for the spare laptop that ran the script overnight.", page.BodyParagraphs[^1]);
    }

    [Fact]
    public void A_handle_not_repeated_is_no_header()
    {
        Assert.False(RepeatedHandleHeader.TryRead("@olivebrandt Mar 21", out _, out _));
        Assert.False(RepeatedHandleHeader.TryRead("@olivebrandt olive brandt", out _, out _));
        Assert.True(RepeatedHandleHeader.TryRead("@olivebrandtolivebrandtMar 21", out var author, out _));
        Assert.Equal("olivebrandt", author);
    }

    private static ParsedPage Parse(string text) => PageParser.Parse(Encoding.UTF8.GetBytes(text), "page.txt");
}
