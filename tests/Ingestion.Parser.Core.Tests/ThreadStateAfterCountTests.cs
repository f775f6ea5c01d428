using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ThreadStateAfterCountTests
{
    [Theory]
    [InlineData("Comments (32) Closed", "Comments (32)")]
    [InlineData("There are 0 comments. Add yours. Hide them.", "There are 0 comments.")]
    [InlineData("There are 4 comments. Hide them.", "There are 4 comments.")]
    [InlineData("Comments (32)", "Comments (32)")]
    [InlineData("Add yours. Hide them.", "Add yours. Hide them.")]
    public void The_threads_state_after_its_count_is_no_part_of_the_heading(string line, string heading) =>
        Assert.Equal(heading, ThreadStateAfterCount.Without(line));

    [Fact]
    public void A_toggle_button_with_its_state_labels_declares_the_count()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Bowl Jam 2018 am Kiesweiher - Board Weekly</title></head><body>
            <h1>Bowl Jam 2018 am Kiesweiher</h1>
            <div class="article-copy"><p>Der Bowl Jam geht in die vierte Runde: Am Kiesweiher treffen sich im Juni wieder die besten Fahrer aus dem Süden.</p>
            <p>Neben dem Contest gibt es eine Test Area, Foodtrucks und am Abend ein Konzert am Ufer des Weihers.</p></div>
            <div class="c-comments js-fb-comments"><div class="c-comments__wrapper">
            <button class="c-comments__title js-fb-comments-button c-btn"><i class="c-icon fa-comments"></i>
            There are <span class='c-comments__count fb-comments-count'>0</span> comments. <span class="c-comments__title-read">Add yours.</span>
            <span class="c-comments__title-hide">Hide them.</span></button>
            <div class="c-fb-comments__wrapper"><div class="fb-comments" data-numposts="10"></div></div></div></div>
            </body></html>
            """), "page.html");

        Assert.Equal(0, page.DeclaredCommentCount);
        Assert.Empty(page.Comments);
    }
}
