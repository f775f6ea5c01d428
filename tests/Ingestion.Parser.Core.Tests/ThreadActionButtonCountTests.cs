using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ThreadActionButtonCountTests
{
    private static int? CountIn(string footer)
    {
        using var document = new HtmlParser().ParseDocument("<html><body><footer>" + footer + "</footer></body></html>");
        return ThreadActionButtonCount.Of(document);
    }

    [Fact]
    public void A_bare_number_on_a_button_scrolling_to_the_responses_is_the_threads_count()
    {
        Assert.Equal(23, CountIn("<button data-action=\"show-recommends\" data-action-value=\"ab12\">412</button>"
            + "<button data-action=\"scroll-to-responses\"><span class=\"svgIcon svgIcon--response\"></span></button>"
            + "<button data-action=\"scroll-to-responses\">23</button>"));
        Assert.Equal(1204, CountIn("<a href=\"#\" data-action=\"show-comments\">1,204</a>"));
    }

    [Theory]
    [InlineData("<button data-action=\"show-recommends\">412</button>")]
    [InlineData("<button data-action=\"load-more-comments\">3</button>")]
    [InlineData("<a data-action=\"show-other-responses\">2</a>")]
    [InlineData("<button data-action=\"scroll-to-responses\">Respond</button>")]
    [InlineData("<button data-action=\"scroll-to-responses\">1 response</button>")]
    [InlineData("<button data-action=\"scroll-to-responses\"><span>15</span></button>")]
    public void Other_actions_labels_and_wrapped_numbers_count_nothing(string footer) => Assert.Null(CountIn(footer));

    [Fact]
    public void A_button_whose_class_names_the_thread_declares_the_count_its_label_states()
    {
        Assert.Equal(11, CountIn("<button aria-label=\"Comment\" class=\"story-modal-comments-button D(b) Pos(a)\"><svg></svg><span>11 <span>Comments</span></span></button>"));
        Assert.Equal(342, CountIn("<button class=\"comments-btn\">Comments (342)</button>"));
    }

    [Theory]
    [InlineData("<button class=\"comments-button\">Comment</button>")]
    [InlineData("<button class=\"load-more-comments\">12 more comments</button>")]
    [InlineData("<button class=\"share-button\">11 Comments</button>")]
    public void A_button_without_a_count_or_the_threads_class_declares_nothing(string footer) => Assert.Null(CountIn(footer));

    [Fact]
    public void The_page_declares_the_count_while_its_thread_is_not_loaded()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Notes on a Slow Kitchen – Arlo Finch – Medium</title><meta property="og:site_name" content="Medium"></head><body>
            <article><h1 class="graf--title">Notes on a Slow Kitchen</h1>
            <div class="postArticle-content">
            <p>For a year I cooked only what the market had that morning, and wrote down what it cost and how long it took.</p>
            <p>The notebook grew to three hundred pages, most of them about onions, and a few about the people who sold them.</p>
            <p>Here is what the year taught me about time, money and patience at the stove, in no particular order.</p>
            </div>
            <footer><button data-action="show-recommends">168</button><button data-action="scroll-to-responses">7</button>
            <div class="supplementalPostContent js-responsesWrapper"></div></footer>
            </article></body></html>
            """), "page.html");

        Assert.Equal(7, page.DeclaredCommentCount);
        Assert.Empty(page.Comments);
        Assert.Equal(3, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_remote_link_loading_the_thread_declares_the_count_its_label_states()
    {
        Assert.Equal(12, CountIn("<a data-remote=\"true\" href=\"/comments/show_comments?post_id=7\">Comments</a>"
            + "<a data-remote=\"true\" href=\"/comments/show_comments?post_id=7\">Comments (12)</a>"));
    }

    [Theory]
    [InlineData("<a data-remote=\"true\" href=\"/comments/show_comments?post_id=7\">Comments</a>")]
    [InlineData("<a data-remote=\"true\" href=\"/comments/load_more_comments?page=2\">Comments (20)</a>")]
    [InlineData("<a data-remote=\"true\" href=\"/kudos/show_kudos\">Kudos (12)</a>")]
    [InlineData("<a href=\"/comments/show_comments?post_id=7\">Comments (12)</a>")]
    public void A_remote_link_without_a_count_to_a_part_or_another_list_declares_nothing(string footer) => Assert.Null(CountIn(footer));
}
