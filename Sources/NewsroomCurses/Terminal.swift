import CNcursesw
import NewsroomUI
