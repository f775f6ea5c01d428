using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommentsLinkOverHeadlineTests
{
    private const string Page = """
               Edit Public Profile Sign Out
               Subscribe

            Harbourshire

               Change Region

               comments

            Two charged in card reader scheme at fuel pumps

               card reader found inside pump.jpg
               A card reader found inside a fuel pump at a station in Ridgeway on Monday. (Dana Ruiz/druiz@example.com)
               Print Email
               Dana Ruiz | druiz@example.com By Dana Ruiz | druiz@example.com The Harbour News
               Email the author | Follow on Twitter
               on March 14, 2023 at 2:47 PM, updated March 14, 2023 at 3:53 PM
               comments

               A man and a woman from out of state were charged in Ridgeway on Monday with fitting card readers inside fuel pumps at three stations, the county attorney said.

               Investigators have found about 90 customers whose cards were copied and expect to find more.

               The pair were stopped on the interstate as they drove back south, the sheriff said.
            """;

    [Fact]
    public void A_lone_comments_link_over_the_headline_is_no_picture_name_so_the_headline_is_no_caption()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page), "pumps.lynx.txt");

        Assert.Equal("Two charged in card reader scheme at fuel pumps", page.Title);
        Assert.Equal(["A card reader found inside a fuel pump at a station in Ridgeway on Monday. (Dana Ruiz/druiz@example.com)"], page.Captions);
    }

    [Theory]
    [InlineData("comments", false)]
    [InlineData("bypass", true)]
    public void A_thread_link_word_is_no_picture_file_names_alt_text(string line, bool alt) =>
        Assert.Equal(alt, PictureSlug.IsFileNameAlt(line));
}
