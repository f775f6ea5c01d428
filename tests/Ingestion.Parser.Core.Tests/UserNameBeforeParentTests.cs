using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class UserNameBeforeParentTests
{
    [Fact]
    public void A_flat_disqus_reply_by_a_shaped_user_name_nests_under_the_comment_it_names()
    {
        var threader = new CommentThreader();
        threader.Add(0, "Ray Kowalczyk", null, ["Three days."]);
        threader.Add(0, "LindaFromTulsa Ray Kowalczyk", null, ["At 11:58 on Monday."]);
        threader.Add(0, "Ray Kowalczyk LindaFromTulsa", null, ["I hope you are right."]);
        threader.Add(0, "Elton Kowalczyk", null, ["A plain first word before the name: no reply."]);

        var comments = threader.Finish();
        Assert.Equal([null, 1, 2, null], comments.Select(comment => comment.Parent));
        Assert.Equal(["Ray Kowalczyk", "LindaFromTulsa", "Ray Kowalczyk", "Elton Kowalczyk"], comments.Select(comment => comment.Author));
    }
}
