using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A byline row dumped with its handle and a count glued to "Comments" ("… @345harbour 76Comments") is still the byline (GluedCommentCount, MetadataLine's handle).</summary>
public class GluedCommentCountTests
{
    private static ParsedPage Parse(string byline) => PageParser.Parse(Encoding.UTF8.GetBytes(
        "Harbour board explains the ferry fare trial\n\n" + byline + "\n\n"
        + "The harbour board has explained why it charged some riders a different fare for a week, after complaints from commuters.\n\n"
        + "The trial, the board said, was meant to learn whether cheaper evening crossings would fill the late boats.\n"), "fares.txt", "text/plain");

    [Fact]
    public void A_byline_ending_in_a_digit_led_handle_and_a_glued_count_names_the_writer_and_the_time()
    {
        var page = Parse("By Ada Reyes on June 29, 2014 08:08 pm @345harbour 76Comments");
        Assert.Equal(["Ada Reyes"], page.Authors);
        Assert.Equal("2014-06-29T20:08:00", page.PublishedAt);
    }

    [Fact]
    public void Only_a_number_glued_to_comments_is_cut()
    {
        Assert.Equal("By Ada Reyes on June 29, 2014", GluedCommentCount.Without("By Ada Reyes on June 29, 2014 76Comments"));
        Assert.Equal("Read the comments", GluedCommentCount.Without("Read the comments"));
        Assert.Equal("By Ada Reyes 7aComments", GluedCommentCount.Without("By Ada Reyes 7aComments"));
        Assert.Equal("76Comments", GluedCommentCount.Without("76Comments"));
    }

    [Fact]
    public void A_bare_number_after_an_at_sign_is_no_handle_and_leaves_the_line_unread()
    {
        var page = Parse("By Ada Reyes on June 29, 2014 08:08 pm @2014");
        Assert.Empty(page.Authors);
        Assert.Null(page.PublishedAt);
    }
}
