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
}
