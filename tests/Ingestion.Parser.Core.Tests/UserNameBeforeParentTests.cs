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

    [Fact]
    public void A_flat_disqus_reply_by_a_handle_is_nested_under_the_comment_it_names()
    {
        var threader = new CommentThreader();
        threader.Add(0, "Kathy Brannigan", null, ["My sister lives in Lyons."]);
        threader.Add(0, "jdm_boulder Kathy Brannigan", null, ["Same in Jamestown."]);
        threader.Add(0, "Ron Delacroix", null, ["Honest question."]);
        threader.Add(0, "MountainMom303 Ron Delacroix", null, ["Since the 1870s."]);
        threader.Add(0, "Elton Ron Delacroix", null, ["A plain word before the name still makes no reply."]);

        var comments = threader.Finish();
        Assert.Equal([null, 1, null, 3, null], comments.Select(comment => comment.Parent));
        Assert.Equal(["Kathy Brannigan", "jdm_boulder", "Ron Delacroix", "MountainMom303"], comments.Take(4).Select(comment => comment.Author));
    }
}
