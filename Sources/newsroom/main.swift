import NewsroomKit
let r = ArticleLoader().load(paths: CommandLine.arguments.dropFirst().map { $0 })
for a in r.articles { print(Annotator().annotate(a).article.headline) }
