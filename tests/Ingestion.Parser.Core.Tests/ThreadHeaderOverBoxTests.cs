using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ThreadHeaderOverBoxTests
{
    [Fact]
    public void The_header_box_over_the_threads_wrapper_declares_the_count()
    {
        var page = DrupalThreadPage.Parse();

        Assert.Equal(12, page.DeclaredCommentCount);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_panels_title_bar_over_an_unloaded_thread_declares_its_first_lines_count()
    {
        var page = SerialChapterPage.Parse();

        Assert.Equal(14, page.DeclaredCommentCount);
        Assert.Empty(page.Comments);
        Assert.Equal(["page declares 14 comments, found 0"], page.Warnings);
    }
}
