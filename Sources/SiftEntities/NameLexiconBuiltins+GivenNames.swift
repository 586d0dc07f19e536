// Generated from Config/lexicons/names/ (see those files for provenance and licences) by
// Tests/SiftEntitiesTests/NameLexiconFilesTests.swift. Do not edit: change the .txt file, then run
// `SIFT_WRITE_NAME_LEXICONS=1 swift test --filter NameLexiconFilesTests`.

extension NameLexiconBuiltins {
    static let givenNames = #"""
        Aaron Abbie Abby Abdul Abe Abel Abigail Abraham Abram Ada Adalberto Adam Adan Addie Adela Adele
        Adelina Adeline Adell Adolfo Adolph Adrian Adriana Adrianne Adrienne Agatha Agnes Agustin Ahmad
        Ahmed Aida Aileen Aimee Aisha Al Alaina Alan Alana Alba Albert Alberta Alberto Alden Aldo Alec
        Alecia Alejandra Alejandro Alene Aletha Alex Alexa Alexander Alexandra Alexis Alfonso Alfonzo Alfred
        Alfreda Alfredo Ali Alice Alicia Alina Aline Alisa Alisha Alison Alissa Allan Allen Allene Allie
        Allison Allyson Alma Alonzo Alphonse Alphonso Alta Althea Alton Alva Alvaro Alvin Alvina Alyce
        Alyson Alyssa Amado Amalia Amanda Amber Amelia Amie Amos Amparo Amy Ana Anastasia Anderson Andra
        Andre Andrea Andres Andrew Andria Andy Angel Angela Angelia Angelica Angelina Angeline Angelique
        Angelita Angelo Angie Anibal Anissa Anita Ann Anna Annabelle Annamarie Anne Annemarie Annetta
        Annette Annie Annmarie Anthony Antionette Antoine Antoinette Anton Antone Antonette Antonia Antonio
        Antony Antwan April Araceli Archie Aretha Ariana Ariel Arleen Arlene Arline Armand Armando Arnold
        Arnulfo Aron Arron Art Arthur Arturo Ashlee Ashleigh Ashley Athena Aubrey Audra Audrey August
        Augustine Augustus Aura Aurelia Aurelio Autumn Ava Avery Avis Barb Barbara Barbra Barney Barrett
        Barry Bart Barton Basil Beatrice Beatriz Beau Becky Belen Belinda Bella Belle Belva Ben Benita
        Benito Benjamin Bennett Bennie Benny Bernadette Bernadine Bernard Bernardo Bernice Bernie Berniece
        Berry Bert Berta Bertha Bertie Bertram Beryl Bess Bessie Beth Bethany Betsy Bette Bettie Bettina
        Betty Bettye Beulah Beverley Beverly Bianca Bill Billie Billy Birdie Blaine Blair Blake Blanca
        Blanche Bo Bob Bobbi Bobbie Bobby Bonita Bonnie Booker Boris Boyd Brad Bradford Bradley Bradly Brady
        Branden Brandi Brandie Brandon Brandy Brant Breanna Brenda Brendan Brendon Brenna Brent Brenton Bret
        Brett Brian Briana Brianna Brianne Brice Bridget Bridgett Bridgette Brigitte Britney Brittany
        Brittney Brock Brooke Brooks Bruce Bruno Bryan Bryant Bryce Bryon Bud Buddy Buford Burl Burt Burton
        Byron Caitlin Caleb Callie Calvin Cameron Camilla Camille Candace Candi Candice Candida Candy Cara
        Caren Carey Cari Caridad Carissa Carl Carla Carlene Carlo Carlos Carlton Carly Carmel Carmela
        Carmelita Carmella Carmelo Carmen Carmine Carol Carole Caroline Carolyn Carrie Carrol Carroll Carson
        Carter Cary Caryn Casandra Casey Cassandra Cassie Catalina Catharine Catherine Cathleen Cathrine
        Cathryn Cathy Catrina Cecelia Cecil Cecile Cecilia Cedric Celeste Celestine Celia Celina Cesar Chad
        Chadwick Chandra Chanel Chang Chantal Chantel Charity Charla Charleen Charlene Charles Charley
        Charlie Charline Charlotte Charmaine Chase Chasity Chastity Chauncey Chelsey Cheri Cherie Cherry
        Cheryl Chester Chet Chiquita Chloe Chong Chris Christa Christal Christen Christi Christie Christin
        Christina Christine Christoper Christopher Christy Chrystal Chuck Chung Cindi Cindy Clair Claire
        Clara Clare Clarence Clarice Clarissa Clark Claude Claudette Claudia Claudine Claudio Clay Clayton
        Clement Clementine Cleo Cletus Cliff Clifford Clint Clinton Clyde Cody Colby Cole Coleen Coleman
        Colette Colin Colleen Collette Collin Concepcion Concetta Connie Conrad Constance Consuelo Cora
        Cordelia Corey Cori Corina Corine Corinne Cornelia Cornelius Cornell Corrie Corrine Cortney Cory
        Courtney Coy Craig Cristal Cristina Cristy Cruz Crystal Curt Curtis Cynthia Cyril Cyrus Daisy Dale
        Dalia Dalton Damaris Damian Damien Damion Damon Dan Dana Dane Danelle Danette Danial Daniel Daniela
        Danielle Danita Danna Dannie Danny Dante Daphne Dara Darcy Daren Darin Dario Darius Darla Darleen
        Darlene Darnell Darrel Darrell Darren Darrick Darrin Darryl Darwin Daryl Dave David Davis Dawn Dayna
        Dean Deana Deandre Deann Deanna Deanne Debbie Debby Debi Debora Deborah Debra Debrah Dee Deena
        Deidra Deidre Deirdre Delbert Delfina Delia Delilah Della Delma Delmar Delmer Delois Delores Deloris
        Delphine Demarcus Demetria Demetrius Dena Denice Denis Denise Dennis Denny Deon Derek Derick Derrick
        Desiree Desmond Dessie Destiny Devin Devon Dewayne Dewey Dewitt Dexter Diana Diane Diann Dianna
        Dianne Dick Diego Dillon Dina Dinah Dino Dion Dionne Dirk Dixie Dollie Dolly Dolores Dominga Domingo
        Dominic Dominick Dominique Don Dona Donald Donn Donna Donnell Donnie Donny Donovan Donte Dora Dorcas
        Doreen Dorene Doretha Dorian Doris Dorothea Dorothy Dorris Dortha Dorthy Dottie Doug Douglas Dovie
        Doyle Drew Duane Dudley Dulce Duncan Dustin Dusty Dwain Dwayne Dwight Dylan Earl Earle Earlene
        Earline Earnest Earnestine Ebony Ed Eddie Eddy Edgar Edgardo Edith Edmond Edmund Edna Eduardo Edward
        Edwardo Edwin Edwina Edythe Effie Efrain Efren Eileen Elaine Elbert Elda Eldon Eleanor Eleanore
        Elena Eli Elia Elias Elida Elijah Elinor Elisa Elisabeth Elise Eliseo Elisha Elissa Eliza Elizabeth
        Ella Ellen Ellie Elliot Elliott Ellis Elma Elmer Elmo Elnora Eloisa Eloise Elouise Eloy Elsa Elsie
        Elton Elva Elvia Elvin Elvira Elvis Elwood Elyse Emanuel Emerson Emery Emil Emile Emilia Emilie
        Emilio Emily Emma Emmanuel Emmett Emory Enid Enoch Enrique Eric Erica Erich Erick Ericka Erik Erika
        Erin Erlinda Erma Erna Ernest Ernestina Ernestine Ernesto Ernie Errol Ervin Erwin Esmeralda
        Esperanza Essie Esteban Estela Estella Estelle Ester Esther Ethan Ethel Etta Eugenia Eugenio Eula
        Eulalia Eunice Eva Evan Evangelina Evangeline Eve Evelyn Everett Everette Evette Ezra Fabian Fabiola
        Faith Fannie Fanny Fatima Faustino Fay Faye Federico Felecia Felicia Felicita Felipe Felix Ferdinand
        Fermin Fern Fernando Fidel Filomena Fletcher Flor Flora Florencio Florine Flossie Floy Floyd Forrest
        Foster Fran Frances Francesca Francine Francis Francisca Francisco Frank Frankie Franklin Fred Freda
        Freddie Freddy Frederic Frederick Fredric Fredrick Freeman Freida Frieda Fritz Gabriel Gabriela
        Gabriella Gabrielle Gail Gale Galen Garfield Garland Garrett Garry Garth Gary Gavin Gay Gaye Gayla
        Gayle Gena Genaro Gene Genevieve Genoveva Geoffrey George Georgette Georgiana Georgianna Georgina
        Gerald Geraldine Geraldo Gerard Gerardo Geri Germaine Gerri Gerry Gertie Gertrude Gil Gilbert
        Gilberto Gilda Gillian Gina Ginger Ginny Gino Giovanni Gisela Giuseppe Gladys Glen Glenda Glenn
        Glenna Gloria Goldie Gonzalo Gordon Grace Gracie Graciela Grady Graham Grant Greg Gregg Gregoria
        Gregorio Gregory Greta Gretchen Griselda Grover Guadalupe Guillermina Guillermo Gus Gussie Gustavo
        Guy Gwen Gwendolyn Hal Haley Hallie Hank Hanna Hannah Hans Harlan Harley Harold Harriet Harriett
        Harriette Harris Harrison Harry Harvey Hassan Hattie Haydee Hayley Hazel Heath Heather Hector Heidi
        Helen Helena Helene Helga Hellen Henrietta Henry Herbert Heriberto Herlinda Herman Herminia Herschel
        Hershel Hester Hilario Hilary Hilda Hildegard Hillary Hilton Hipolito Hiram Hollie Hollis Holly
        Homer Hope Horace Horacio Hortencia Howard Hubert Huey Hugh Hugo Humberto Hunter Ian Ida Idella
        Ignacio Ila Ilene Ima Imelda Imogene Ina Ines Inez Ingrid Iola Iona Ione Ira Irene Iris Irma Irvin
        Irving Irwin Isaac Isabel Isabell Isabella Isabelle Isaiah Isaias Isiah Isidro Ismael Issac Iva Ivan
        Ivette Ivonne Ivory Ivy Jack Jackie Jacklyn Jaclyn Jacob Jacque Jacquelin Jacqueline Jacquelyn
        Jacques Jacquline Jade Jaime Jake Jamaal Jamal Jamar Jame Jamel James Jamey Jami Jamie Jamison Jan
        Jana Jane Janel Janell Janelle Janet Janette Janice Janie Janine Janis Janna Jannette Jannie
        Jaqueline Jared Jarred Jarrett Jarrod Jarvis Jasmin Jasmine Jason Jasper Javier Jay Jayme Jayne
        Jayson Jean Jeana Jeanette Jeanie Jeanine Jeanna Jeanne Jeannette Jeannie Jeannine Jed Jeff Jefferey
        Jefferson Jeffery Jeffrey Jeffry Jena Jenifer Jenna Jennie Jennifer Jenny Jerald Jeremiah Jeremy
        Jeri Jermaine Jerold Jerome Jerri Jerrod Jerrold Jerry Jesica Jess Jesse Jessica Jessie Jesus Jewel
        Jewell Jill Jillian Jim Jimmie Jimmy Jo Joan Joann Joanna Joanne Joaquin Jocelyn Jodi Jodie Jody Joe
        Joel Joelle Joesph Joey Johanna John Johnathan Johnathon Johnie Johnna Johnnie Johnny Jolene Jon
        Jonah Jonas Jonathan Jonathon Joni Jorge Jose Josef Josefa Josefina Joseph Josephine Josette Josh
        Joshua Josiah Josie Josue Jovita Joy Joyce Juan Juana Juanita Judi Judith Judson Judy Jules Juli
        Julia Julian Juliana Julianna Julianne Julie Juliet Juliette Julio Julius June Justin Justina
        Justine Kaitlin Kaitlyn Kara Kareem Karen Kari Karin Karina Karl Karla Karol Karon Karrie Karyn
        Kasey Kate Katelyn Katharine Katherine Katheryn Kathi Kathie Kathleen Kathrine Kathryn Kathy Katie
        Katina Katrina Katy Kay Kaye Kayla Keenan Keisha Keith Kelley Kelli Kellie Kelly Kelsey Kelvin Ken
        Kendall Kendra Kendrick Kenneth Kennith Kenny Kenton Keri Kermit Kerri Kerrie Kerry Kesha Keshia
        Keven Kevin Kia Kieth Kim Kimberlee Kimberley Kimberly Kip Kira Kirby Kirk Kirsten Kisha Kitty Kory
        Kris Krista Kristal Kristen Kristi Kristie Kristin Kristina Kristine Kristopher Kristy Krystal
        Krystle Kurt Kurtis Kyla Kyle Kylie Lacey Lacy Ladonna Lakeisha Lakesha Lakisha Lamar Lamont Lan
        Lana Lance Landon Lane Lanny Laquita Lara Larissa Larry Lashawn Lashonda Latanya Latasha Latisha
        Latonia Latonya Latoya Latrice Latricia Laura Laurel Lauren Laurence Lauretta Lauri Laurie Lavern
        Laverne Lavonne Lawanda Lawerence Lawrence Lazaro Lea Leah Leann Leanna Leanne Lee Leeann Leigh
        Leila Leilani Lela Leland Lelia Lemuel Lena Lenard Lenny Lenora Lenore Leo Leola Leon Leona Leonard
        Leonardo Leone Leonel Leonor Leonora Leopoldo Leora Leota Leroy Les Lesa Lesley Leslie Lessie Lester
        Leta Letha Leticia Letitia Lettie Levi Lewis Lia Libby Lidia Lila Lilia Lilian Liliana Lillian
        Lillie Lilly Lily Lina Linda Lindsay Lindsey Lindy Linwood Lionel Lisa Liz Liza Lizette Lizzie Lloyd
        Logan Lois Lola Lolita Lon Lona Lonnie Lora Loraine Loren Lorena Lorene Lorenzo Loretta Lori Lorie
        Lorine Lorna Lorri Lorrie Lottie Lou Louann Louella Louie Louis Louisa Louise Lowell Loyd Luann
        Luanne Lucas Lucia Luciano Lucien Lucila Lucile Lucille Lucinda Lucio Lucretia Lucy Luella Luis
        Luisa Luke Lula Lupe Lura Luther Luz Lydia Lyle Lyman Lyn Lynda Lyndon Lynette Lynn Lynne Lynnette
        Mabel Mable Mac Mack Madeleine Madeline Madelyn Madge Madonna Mae Magda Magdalena Maggie Mai Majorie
        Malcolm Malinda Malissa Mallory Mamie Mandi Mandy Manuel Manuela Mara Marc Marcel Marcela Marcelino
        Marcella Marcelle Marcelo Marci Marcia Marcie Marco Marcos Marcus Marcy Margaret Margarita Margarito
        Marge Margery Margie Margo Margot Margret Marguerite Mari Maria Mariah Mariam Marian Mariana
        Marianna Marianne Mariano Maribel Maricela Marie Marietta Marilyn Marilynn Marina Mario Marisa
        Marisela Marisol Marissa Maritza Marjorie Marjory Mark Markus Marla Marlena Marlene Marlin Marlon
        Marlyn Marlys Marquis Marquita Marsha Marta Martha Martin Martina Marty Marva Marvin Mary Maryann
        Maryanne Marybeth Maryellen Maryjane Marylou Mason Mathew Matilda Matilde Matt Matthew Mattie Maud
        Maude Maudie Maura Maureen Maurice Mauricio Maurine Mauro Mavis Max Maximo Maxine Maxwell May Maya
        Mayme Maynard Mayra Mckinley Meagan Megan Meghan Mei Mel Melanie Melba Melinda Melisa Melissa
        Mellisa Mellissa Melodie Melody Melva Melvin Melvina Meredith Merle Merlin Merrill Merry Mervin Mia
        Micaela Micah Michael Michaela Micheal Michel Michele Michell Michelle Mickey Migdalia Miguel Mike
        Mikel Milagros Mildred Miles Milford Millard Millicent Millie Milo Milton Mimi Mina Mindy Minerva
        Minh Minnie Miranda Miriam Mirna Missy Misti Misty Mitch Mitchel Mitchell Mitzi Mohamed Mohammad
        Mohammed Moises Mollie Molly Mona Monica Monika Monique Monroe Monte Monty Morgan Morris Morton
        Moses Moshe Mozelle Muriel Murray Myles Myra Myrna Myron Myrtis Myrtle Nadia Nadine Nakia Nan Nancy
        Nanette Nannie Naomi Napoleon Natalia Natalie Natasha Nathalie Nathan Nathaniel Neal Ned Nedra Neil
        Nelda Nell Nellie Nelly Nelson Nereida Nestor Nettie Neva Newton Nicholas Nichole Nick Nicki
        Nickolas Nicolas Nicole Nigel Niki Nikita Nikki Nilda Nina Nita Noah Noe Noel Noelle Noemi Nola
        Nolan Nona Nora Norbert Norberto Noreen Norma Norman Normand Norris Octavia Octavio Odell Odessa
        Odis Ofelia Ola Olen Oleta Olga Olin Olive Oliver Olivia Ollie Oma Omar Omer Ona Opal Ophelia Ora
        Oralia Oren Orval Orville Oscar Osvaldo Otis Otto Owen Pablo Paige Pam Pamala Pamela Pansy Parker
        Pasquale Pat Patrica Patrice Patricia Patrick Patsy Patti Pattie Patty Paul Paula Paulette Paulina
        Pauline Pearl Pearlie Pearline Pedro Peggy Penelope Penny Percy Perla Perry Pete Peter Petra Phil
        Philip Phillip Phillis Philomena Phoebe Phyllis Pierre Pilar Polly Porfirio Portia Preston Pricilla
        Priscilla Quentin Quincy Quinn Quintin Quinton Rachael Racheal Rachel Rachelle Rae Rafael Rafaela
        Ralph Ramiro Ramon Ramona Randal Randall Randell Randi Randolph Randy Raphael Raquel Raul Raven Ray
        Raymond Raymundo Reba Rebeca Rebecca Rebekah Reed Refugio Reggie Reginald Reid Reina Reinaldo Rena
        Renae Renata Renate Rene Renee Renita Reta Retha Reuben Reva Rex Reyes Reyna Reynaldo Rhea Rhoda
        Rhonda Ricardo Rich Richard Richelle Richie Rick Rickey Rickie Ricky Rico Rigoberto Riley Rita Rob
        Robbie Robbin Robby Robert Roberta Roberto Robin Robt Robyn Rocco Rochelle Rocio Rocky Rod Roderick
        Rodger Rodney Rodolfo Rodrick Rodrigo Rogelio Roger Roland Rolando Rolland Roma Roman Romeo Romona
        Ron Ronald Ronda Ronnie Ronny Roosevelt Rory Rosa Rosalba Rosalee Rosalia Rosalie Rosalina Rosalind
        Rosalinda Rosalyn Rosanna Rosanne Rosario Roscoe Rose Roseann Roseanne Rosella Roselyn Rosemarie
        Rosemary Rosendo Rosetta Rosie Rosita Roslyn Ross Rowena Roxana Roxann Roxanna Roxanne Roxie Roy
        Royce Ruben Rubin Ruby Rudolph Rudy Rufus Rupert Russ Russel Russell Rusty Ruth Ruthie Ryan Sabina
        Sabrina Sadie Sal Sallie Sally Salvador Salvatore Sam Samantha Samatha Sammie Sammy Samuel Sandi
        Sandra Sandy Sanford Santa Santiago Santos Sara Sarah Sasha Saul Saundra Scot Scott Scottie Scotty
        Sean Sebastian Selena Selina Selma Serena Sergio Seth Seymour Shana Shanda Shane Shanna Shannon
        Shanon Shantel Shari Sharlene Sharonda Sharron Sharyn Shaun Shauna Shawn Shawna Shayla Sheena Sheila
        Shelby Sheldon Shelia Shelley Shelli Shellie Shelly Shelton Sheree Sheri Sherri Sherrie Sherry
        Sheryl Shiela Shirley Shonda Sidney Silas Silvia Simon Simone Socorro Sofia Sol Soledad Solomon
        Sondra Sonia Sonja Sonny Sonya Sophia Sophie Spencer Stacey Staci Stacia Stacie Stacy Stan Stanford
        Stanley Stefan Stefanie Stella Stephan Stephanie Stephany Stephen Stephenie Sterling Steve Steven
        Stevie Stewart Stuart Sue Summer Sunny Susan Susana Susanna Susanne Susie Suzan Suzanna Suzanne
        Suzette Sybil Sylvester Sylvia Tabatha Tabitha Tad Tamara Tameka Tamela Tamera Tami Tamika Tammi
        Tammie Tammy Tamra Tana Tania Tanisha Tanner Tanya Tara Taryn Tasha Tatiana Tawana Taylor Ted Teddy
        Tena Teodoro Tera Terence Teresa Teresita Teri Terra Terrance Terrell Terrence Terri Terrie Terry
        Tessa Tessie Thad Thaddeus Thanh Thea Theda Thelma Theo Theodora Theodore Theresa Therese Theron
        Thomas Thurman Tia Tiana Tiara Tiffani Tiffany Tillie Tim Timmy Timothy Tina Tisha Tobias Toby Tod
        Todd Tom Tomas Tomasa Tommie Tommy Toni Tonia Tonja Tony Tonya Tori Tory Tosha Tracey Traci Tracie
        Tracy Travis Trent Trenton Treva Trevor Trey Tricia Trina Trinidad Trisha Trista Tristan Trudy
        Truman Twila Twyla Ty Tyler Tyra Tyree Tyrell Tyron Tyrone Tyson Ulysses Una Ursula Vada Valarie
        Valencia Valentin Valentina Valentine Valeria Valerie Valorie Vance Vanessa Vaughn Veda Velda Velma
        Venessa Venus Vera Verda Verla Vern Verna Vernell Vernice Veronica Vesta Vicente Vicki Vickie Vicky
        Victor Vida Vikki Vilma Vince Vincent Viola Violet Violeta Virgie Virgil Virgina Vito Vivian Viviana
        Vonda Wade Waldo Walker Wallace Walter Wanda Ward Wayne Weldon Wendell Wendi Wendy Werner Wesley
        Weston Whitney Wilbert Wilbur Wilburn Wilda Wiley Wilford Wilfred Wilfredo Wilhelmina Will Willa
        Willard William Williams Willie Willis Willy Wilma Wilmer Wilson Wilton Winfred Winifred Winnie
        Winona Wm Woodrow Wyatt Xavier Yadira Yesenia Yolanda Yong Young Yvette Yvonne Zachariah Zachary
        Zachery Zane Zelda Zella Zelma Zenaida Zoe Zoila Abbas Abdel Abdulaziz Abdullah Abdulla Abdelaziz
        Abdelfattah Abdallah Abdulrahman Abdurrahman Abu Adel Adnan Afzal Ahmet Ayesha Akbar Akram Amin
        Amina Amir Ammar Anwar Arif Asad Asghar Ashraf Asif Aslam Ayman Aziz Bashar Bilal Ebrahim Emine
        Faisal Farid Farooq Farouk Fatma Fawad Fazal Ghulam Habib Hafez Hafiz Haider Hakan Hamad Hamid Hamza
        Hanif Haroon Harun Hasan Hashem Hazem Hossein Husain Hussain Hussein Ibrahim Imran Iqbal Ismail
        Jafar Jalal Javad Javed Kamal Karim Khaled Khalid Khalil Layla Mahmoud Mahmud Majid Malik Mansour
        Mansoor Marwan Masoud Mehmet Mehdi Mohamad Mohsen Muhammad Muhammed Mujtaba Murat Mustafa Nabil
        Nader Naguib Nasser Nawaz Nazir Noor Nour Nouri Osama Qasim Rafiq Rahim Rahman Rashid Recep Reza
        Saad Sadiq Saeed Said Salah Saleh Salim Salman Sami Samir Sayed Sayyid Shahid Shahzad Sharif Sultan
        Tariq Tarek Usman Walid Waleed Yasin Yasser Yousef Youssef Yusuf Zahir Zaid Zainab Zakir Zia Zubair
        Aleksandr Aleksei Alexandr Alexei Alexey Anatoly Andrei Andrey Andriy Arkady Dmitri Dmitriy Dmitry
        Evgeny Gennady Grigory Igor Ilya Irina Kirill Konstantin Leonid Lyudmila Maksim Maxim Mikhail
        Nikolai Nikolay Oksana Oleg Oleksandr Oleksiy Olena Pavel Petro Pyotr Ruslan Sergei Sergey Sergiy
        Serhiy Stanislav Svetlana Tatyana Valery Vasily Viktor Vitaly Vladimir Vladislav Volodymyr
        Vyacheslav Yekaterina Yelena Yevgeny Yulia Yuri Yury Dariusz Jaroslaw Krzysztof Lech Tomasz Wojciech
        Zbigniew Andrzej Mateusz Milos Miroslav Slobodan Vojislav Zoran Aamir Abhishek Amit Amitabh Anil
        Anand Arjun Arun Arvind Ashok Deepak Gautam Kavita Lalit Manmohan Manish Mukesh Narendra Nitin Pooja
        Pradeep Prakash Pranab Priya Priyanka Rahul Rajesh Rajiv Rakesh Ramesh Ravi Sanjay Shashi
        Subramanian Sunil Suresh Sushma Vijay Vikram Vinod Yogesh Hiroshi Ichiro Junichiro Kazuo Kenji Koji
        Makoto Naoki Shinzo Shigeru Takashi Takeshi Taro Yoshihiko Yoshihide Yuki Yukio Fumio Jinping
        Keqiang Jiabao Jintao Zemin Xiaoping Abiy Ama Chinua Jomo Kofi Kwame Kwesi Nnamdi Oluwaseun Olusegun
        Thabo Uhuru Wole Yoweri Avi Avigdor Binyamin Ehud Naftali Shimon Yair Yitzhak Yosef José Luiz Joao
        João Inacio Dilma Jair Francois François Jean-Claude Jean-Luc Jean-Pierre Olaf Frank-Walter Gerhard
        Helmut Jurgen Jürgen Wolfgang Annalena Giorgia Matteo Silvio Jens Lars Magnus Mette Sanna Ulf
        """#
}
